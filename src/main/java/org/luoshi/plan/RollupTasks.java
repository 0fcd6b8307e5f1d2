package org.luoshi.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The actor's open tasks and their totals per kind (every kind present, zero when nothing waits). */
public record RollupTasks(List<RollupTask> tasks, Map<RollupTask.Kind, Long> counts) {

    public static RollupTasks of(List<RollupTask> tasks) {
        Map<RollupTask.Kind, Long> counts = new EnumMap<>(RollupTask.Kind.class);
        for (RollupTask.Kind kind : RollupTask.Kind.values()) {
            counts.put(kind, 0L);
        }
        tasks.forEach(task -> counts.merge(task.kind(), task.pending(), Long::sum));
        return new RollupTasks(List.copyOf(tasks), counts);
    }

    public long count(RollupTask.Kind kind) {
        return counts.get(kind);
    }

    public List<RollupTask> of(RollupTask.Kind kind) {
        return tasks.stream().filter(task -> task.kind() == kind).toList();
    }
}
