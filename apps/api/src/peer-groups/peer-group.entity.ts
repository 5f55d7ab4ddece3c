import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CityEntity } from '../cities/city.entity';

/** A saved custom set of cities to compare with, owned by the user who made it. */
@Entity({ name: 'peer_group' })
@Unique('uq_peer_group_owner_name', ['ownerId', 'name'])
export class PeerGroupEntity {
  @PrimaryGeneratedColumn({ type: 'integer', primaryKeyConstraintName: 'pk_peer_group' })
  id: number;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_peer_group_owner' })
  owner: UserEntity;

  @Column({ type: 'text' })
  name: string;

  @OneToMany(() => PeerGroupMemberEntity, (member) => member.peerGroup)
  members: PeerGroupMemberEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'peer_group_member' })
@Index('ix_peer_group_member_city', ['cityId'])
export class PeerGroupMemberEntity {
  @PrimaryColumn({ name: 'peer_group_id', type: 'integer', primaryKeyConstraintName: 'pk_peer_group_member' })
  peerGroupId: number;

  @PrimaryColumn({ name: 'city_id', type: 'integer', primaryKeyConstraintName: 'pk_peer_group_member' })
  cityId: number;

  @ManyToOne(() => PeerGroupEntity, (group) => group.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'peer_group_id', foreignKeyConstraintName: 'fk_peer_group_member_group' })
  peerGroup: PeerGroupEntity;

  @ManyToOne(() => CityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'fk_peer_group_member_city' })
  city: CityEntity;
}
