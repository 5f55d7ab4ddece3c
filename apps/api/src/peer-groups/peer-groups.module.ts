import { Module } from '@nestjs/common';
import { PeerGroupsController } from './peer-groups.controller';
import { PeerGroupsService } from './peer-groups.service';

/** Peer groups: region, country, population band, cities like mine, and saved custom sets. */
@Module({
  controllers: [PeerGroupsController],
  providers: [PeerGroupsService],
  exports: [PeerGroupsService],
})
export class PeerGroupsModule {}
