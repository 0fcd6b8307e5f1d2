package org.luoshi.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The first few of the actor's open tasks of each kind, and how many tasks of each kind there are in all (every kind
 * present, zero when nothing waits): the same count as the task list filtered by that kind.
 */
public record RollupTasks(List<RollupTask> tasks, Map<RollupTask.Kind, Long> counts) {

    public static RollupTasks of(List<RollupTask> shown, Map<RollupTask.Kind, Long> counted) {
        Map<RollupTask.Kind, Long> counts = new EnumMap<>(RollupTask.Kind.class);
        for (RollupTask.Kind kind : RollupTask.Kind.values()) {
            counts.put(kind, counted.getOrDefault(kind, 0L));
        }
        return new RollupTasks(List.copyOf(shown), counts);
    }

    public long count(RollupTask.Kind kind) {
        return counts.get(kind);
    }

    public List<RollupTask> of(RollupTask.Kind kind) {
        return tasks.stream().filter(task -> task.kind() == kind).toList();
    }
}
