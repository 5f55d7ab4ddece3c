import type { FrameworkNodeDto, FrameworkTreeDto, IndicatorDto } from '@lcm/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { DirectionText } from '../../shared/ui/DirectionText';
import { targetText } from '../../shared/ui/target-text';
import { displayCode, indicatorCodesUnder, nodeDomId } from './framework-tree';

interface TreeProps {
  framework: FrameworkTreeDto;
  expanded: ReadonlySet<string>;
  onToggle: (code: string) => void;
  indicatorsByCode: ReadonlyMap<string, IndicatorDto>;
}

/**
 * The framework as nested lists. Each section or area is a disclosure: a button with
 * aria-expanded that shows or hides its indicators and sub-items.
 */
export function FrameworkTree({ framework, expanded, onToggle, indicatorsByCode }: TreeProps) {
  const { t } = useTranslation();
  return (
    <ul
      className="tree"
      aria-label={t('framework.treeLabel', { framework: framework.name })}
      data-testid="framework-tree"
    >
      {framework.nodes.map((node) => (
        <TreeNode
          key={node.code}
          node={node}
          expanded={expanded}
          onToggle={onToggle}
          indicatorsByCode={indicatorsByCode}
        />
      ))}
    </ul>
  );
}

interface TreeNodeProps extends Omit<TreeProps, 'framework'> {
  node: FrameworkNodeDto;
}

function TreeNode({ node, expanded, onToggle, indicatorsByCode }: TreeNodeProps) {
  const { t } = useTranslation();
  const count = indicatorCodesUnder(node).length;
  const expandable = node.children.length > 0 || node.indicatorCodes.length > 0;
  const open = expanded.has(node.code);
  const contentId = nodeDomId(node.code);

  const title = (
    <>
      <span className="tree__code">{displayCode(node.code)}</span>
      <span className="tree__name">{node.name}</span>
      <span className="tree__count">{t('framework.indicatorCount', { count })}</span>
    </>
  );

  return (
    <li className={`tree__node tree__node--${node.level}`}>
      {expandable ? (
        <button
          type="button"
          className="tree__toggle"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => onToggle(node.code)}
        >
          <span className="tree__chevron" aria-hidden="true" />
          {title}
        </button>
      ) : (
        <div className="tree__leaf">{title}</div>
      )}
      {expandable && (
        <div id={contentId} className="tree__content" hidden={!open}>
          {node.indicatorCodes.length > 0 && (
            <ul className="indicator-list">
              {node.indicatorCodes.map((code) => (
                <IndicatorItem key={code} code={code} indicator={indicatorsByCode.get(code)} />
              ))}
            </ul>
          )}
          {node.children.length > 0 && (
            <ul className="tree__children">
              {node.children.map((child) => (
                <TreeNode
                  key={child.code}
                  node={child}
                  expanded={expanded}
                  onToggle={onToggle}
                  indicatorsByCode={indicatorsByCode}
                />
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

function IndicatorItem({ code, indicator }: { code: string; indicator: IndicatorDto | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!indicator) {
    return (
      <li className="indicator-item">
        <code>{code}</code>
      </li>
    );
  }
  const target = targetText(indicator, t, format.number, t('framework.noTarget'));
  return (
    <li className="indicator-item" data-testid="framework-indicator">
      <p className="indicator-item__name">
        {indicator.name} <code className="indicator-item__code">{indicator.code}</code>
      </p>
      <dl className="indicator-item__facts">
        <div>
          <dt>{t('framework.unit')}</dt>
          <dd>{indicator.unitLabel}</dd>
        </div>
        <div>
          <dt>{t('framework.direction')}</dt>
          <dd>
            <DirectionText direction={indicator.direction} />
          </dd>
        </div>
        <div>
          <dt>{t('framework.target')}</dt>
          <dd>{target}</dd>
        </div>
      </dl>
    </li>
  );
}
