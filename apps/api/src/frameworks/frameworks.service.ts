import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FrameworkNodeDto, FrameworkSummary, FrameworkTreeDto } from '@lcm/contracts';
import { ApiException } from '../common/api-exception';
import { FrameworkEntity } from './framework.entity';

interface NodeRow {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  level: string;
  indicatorCodes: string[];
}

@Injectable()
export class FrameworksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<FrameworkSummary[]> {
    const frameworks = await this.dataSource
      .getRepository(FrameworkEntity)
      .find({ order: { sortOrder: 'ASC' } });
    return frameworks.map(({ code, name, description }) => ({ code, name, description }));
  }

  /** The whole tree of one framework with the indicators placed at each node, in one query. */
  async tree(code: string): Promise<FrameworkTreeDto> {
    const framework = await this.dataSource
      .getRepository(FrameworkEntity)
      .findOneBy({ code: code as FrameworkEntity['code'] });
    if (!framework) throw ApiException.notFound(`No framework with code '${code}'`);
    const rows = await this.dataSource.query<NodeRow[]>(
      `SELECT n.id, n.parent_id AS "parentId", n.code, n.name, n.level,
              COALESCE(array_agg(i.code ORDER BY i.code) FILTER (WHERE i.code IS NOT NULL), '{}') AS "indicatorCodes"
       FROM framework_node n
       LEFT JOIN indicator_framework_node l ON l.node_id = n.id
       LEFT JOIN indicator i ON i.id = l.indicator_id
       WHERE n.framework_code = $1
       GROUP BY n.id ORDER BY n.sort_order, n.code`,
      [framework.code],
    );
    const byId = new Map<number, FrameworkNodeDto>();
    for (const row of rows) {
      byId.set(row.id, {
        code: row.code,
        name: row.name,
        level: row.level,
        indicatorCodes: row.indicatorCodes,
        children: [],
      });
    }
    const roots: FrameworkNodeDto[] = [];
    for (const row of rows) {
      const node = byId.get(row.id)!;
      const parent = row.parentId === null ? undefined : byId.get(row.parentId);
      (parent ? parent.children : roots).push(node);
    }
    return { code: framework.code, name: framework.name, description: framework.description, nodes: roots };
  }
}
