package org.luoshi.org.internal.demo;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitType;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes the demo tree and the leaders and contacts (unit_person) of its units, their phone numbers sealed. */
final class DemoUnits {

    // counties get a president and a contact; the larger units their full leading group
    private static final int COUNTY_POSTS = 1;
    // most office holders of that generation are men
    private static final double MEN_AMONG_OFFICE_HOLDERS = 0.75;

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    DemoUnits(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Plans the tree with ids reserved from the unit sequence, so each path is known before the insert. */
    DemoTree plan(UnitRef root) {
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('unit', 'id')) from generate_series(1, ?)", Long.class,
                DemoTree.size());
        var next = ids.iterator();
        return DemoTree.plan(root, next::next);
    }

    void insert(DemoTree tree) {
        List<Object[]> rows = tree.units().stream().map(unit -> new Object[] {unit.id(), unit.code(), unit.name(),
            unit.shortName(), unit.type().name(), unit.parentId(), unit.path(), unit.depth(), unit.regionCode(),
            unit.sortOrder()}).toList();
        jdbc.batchUpdate("""
                insert into unit (id, code, name, short_name, type, parent_id, path, depth, region_code, sort_order)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    int insertPeople(DemoTree tree, Vocabulary vocabulary, PersonFactory people) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoTree.Unit unit : tree.units()) {
            List<Vocabulary.Post> posts = unit.type() == UnitType.COUNTY ? countyPosts(vocabulary)
                    : vocabulary.posts;
            int order = 0;
            for (Vocabulary.Post post : posts) {
                for (int i = 0; i < post.holders(); i++) {
                    boolean male = people.random().nextDouble() < MEN_AMONG_OFFICE_HOLDERS;
                    rows.add(new Object[] {unit.id(), post.kind(), people.name(male), post.name(),
                        cipher.encrypt(people.mobile()), order++});
                }
            }
        }
        jdbc.batchUpdate("""
                insert into unit_person (unit_id, kind, name, position, phone_enc, sort_order)
                values (?, ?, ?, ?, ?, ?)
                """, rows);
        return rows.size();
    }

    private static List<Vocabulary.Post> countyPosts(Vocabulary vocabulary) {
        List<Vocabulary.Post> posts = new ArrayList<>(vocabulary.posts.subList(0, COUNTY_POSTS));
        vocabulary.posts.stream().filter(post -> "CONTACT".equals(post.kind())).forEach(posts::add);
        return posts;
    }
}
