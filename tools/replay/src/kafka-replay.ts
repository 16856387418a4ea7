// The Kafka half of `npm run replay`: refuses while the group has members (a running consumer
// would overwrite the new offsets with its next commit, as kafka-consumer-groups.sh --reset-offsets
// also refuses), then sets the committed offsets by time.
import type { Admin } from 'kafkajs';
import { planReplay, type PartitionMove, type ReplayCommand } from './replay-plan';

/** The group is running: the operator has to stop its consumers first. */
export class GroupActiveError extends Error {}

/** Plans (and unless dry-run, applies) the replay; returns the per-partition moves. */
export async function replayGroup(admin: Admin, command: ReplayCommand): Promise<PartitionMove[]> {
  const topics = await admin.fetchTopicMetadata({ topics: [command.topic] }).catch((e: unknown) => {
    throw new Error(`topic ${command.topic} not found (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  });
  if (topics.topics.length === 0) throw new Error(`topic ${command.topic} not found`);
  const { groups } = await admin.describeGroups([command.groupId]);
  const group = groups[0];
  if (group && group.members.length > 0) {
    const members = group.members.map((m) => `${m.memberId} (client ${m.clientId} on ${m.clientHost})`).join(', ');
    throw new GroupActiveError(`consumer group ${command.groupId} has ${group.members.length} active member${group.members.length === 1 ? '' : 's'} (state ${group.state}): ${members}; stop the stage first, its next commit would overwrite the replay`);
  }
  const [committed] = await admin.fetchOffsets({ groupId: command.groupId, topics: [command.topic] });
  const byTime = await admin.fetchTopicOffsetsByTimestamp(command.topic, command.sinceMs);
  const moves = planReplay(committed?.partitions ?? [], byTime);
  if (!command.dryRun) {
    await admin.setOffsets({
      groupId: command.groupId,
      topic: command.topic,
      partitions: moves.map((m) => ({ partition: m.partition, offset: m.to.toString() })),
    });
  }
  return moves;
}
