import { CityEntity } from '../cities/city.entity';
import { FrameworkNodeEntity } from '../frameworks/framework-node.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { DimensionEntity, DimensionValueEntity } from '../indicators/dimension.entity';
import { IndicatorFrameworkNodeEntity } from '../indicators/indicator-framework-node.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { ObservationEntity } from '../observations/observation.entity';
import { SubmissionEntity } from '../observations/submission.entity';
import { AppSettingEntity } from './app-setting.entity';

/** Every entity of the schema; the migration drift check compares exactly these with the database. */
export const ENTITIES = [
  AppSettingEntity,
  FrameworkEntity,
  FrameworkNodeEntity,
  DimensionEntity,
  DimensionValueEntity,
  IndicatorEntity,
  IndicatorFrameworkNodeEntity,
  CityEntity,
  SubmissionEntity,
  ObservationEntity,
];
