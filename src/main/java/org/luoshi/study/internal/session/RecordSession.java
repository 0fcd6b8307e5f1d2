package org.luoshi.study.internal.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 记录集体学习 (or revise one): what the unit did. Materials are the library's ({@code materialIds}) and titles
 * typed in ({@code materialTitles}); attendees are members of the unit's subtree, each once; {@code itemId} links
 * the session to a plan item it counts toward (null: not linked); {@code plannedId} the planned session of the
 * unit's study plan it holds (null: unplanned).
 */
public record RecordSession(StudyForm form, LocalDate heldOn, Integer durationMinutes, String topic,
        String leadName, List<Long> materialIds, List<String> materialTitles, List<Long> attendeeIds,
        Integer otherCount, Set<Leader> leaders, String minutesHtml, Long itemId, Long plannedId) {

    public RecordSession {
        materialIds = materialIds == null ? List.of() : materialIds.stream().filter(id -> id != null).toList();
        materialTitles = materialTitles == null ? List.of()
                : materialTitles.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds.stream()
                .filter(id -> id != null).toList());
        leaders = leaders == null ? Set.of() : Set.copyOf(leaders.stream().filter(l -> l != null).toList());
    }
}
