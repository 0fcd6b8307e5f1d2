package org.luoshi.study.internal.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.luoshi.shared.error.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The study materials (学习材料库) a unit may name as studied: published ones of its own unit or of an ancestor
 * (the national body's reach every unit).
 */
@Component
public class StudyLibrary {

    /** A material as the session form offers it. */
    public record Option(long id, String title) {
    }

    private static final String VISIBLE = "m.status = 'PUBLISHED' and :path like m.unit_path || '%'";

    private final JdbcClient jdbc;

    StudyLibrary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Option> offered(String unitPath) {
        return jdbc.sql("select m.id, m.title from study_material m where " + VISIBLE
                + " order by m.published_at desc nulls last, m.id desc limit 200").param("path", unitPath)
                .query((rs, i) -> new Option(rs.getLong(1), rs.getString(2))).list();
    }

    /** The materials with these ids, in that order; one the unit may not see is refused. */
    List<StudySession.Material> materials(Collection<Long> ids, String unitPath) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > StudySession.MAX_MATERIALS) {
            throw BusinessException.invalid("materialIds", "study.session.materials.tooMany",
                    StudySession.MAX_MATERIALS);
        }
        Map<Long, Option> found = jdbc.sql("select m.id, m.title from study_material m where m.id in (:ids) and "
                + VISIBLE).param("ids", ids).param("path", unitPath)
                .query((rs, i) -> new Option(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Option::id, Function.identity()));
        List<StudySession.Material> materials = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            Option option = found.get(id);
            if (option == null) {
                throw BusinessException.invalid("materialIds", "study.session.material.notFound", id);
            }
            materials.add(new StudySession.Material(id, option.title()));
        }
        return materials;
    }
}
