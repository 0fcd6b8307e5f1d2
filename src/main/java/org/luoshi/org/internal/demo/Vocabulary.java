package org.luoshi.org.internal.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words demo people are made of, read from {@code demo/people.tsv}: surnames by frequency, given-name
 * characters, specialty fields with the titles and former employers that go with them, political status, and
 * the posts of a unit's leaders and contacts.
 */
final class Vocabulary {

    static final String LOCATION = "demo/people.tsv";

    /** A specialty field (专业领域) and the group of titles and employers that suit it. */
    record Field(String name, String group) {
    }

    /** A post in a unit (会长, 联络员…); {@code kind} is LEADER or CONTACT, {@code holders} how many hold it. */
    record Post(String name, int holders, String kind) {
    }

    final Weighted<String> surnames = new Weighted<>();
    final Map<Boolean, String> givenCharacters = new HashMap<>();
    final Weighted<Field> fields = new Weighted<>();
    final Map<String, Field> fieldsByName = new HashMap<>();
    final Map<String, Weighted<String>> titlesByGroup = new HashMap<>();
    final Map<String, Weighted<String>> employersByGroup = new HashMap<>();
    final Weighted<String> politicalStatuses = new Weighted<>();
    final List<Post> posts = new ArrayList<>();

    static Vocabulary load() {
        Vocabulary vocabulary = new Vocabulary();
        Tsv.read(LOCATION).forEach(vocabulary::accept);
        return vocabulary;
    }

    private void accept(String[] row) {
        String kind = row[0];
        String value = row[1];
        double weight = Double.parseDouble(row[2]);
        String group = row.length > 3 ? row[3] : "";
        switch (kind) {
            case "surname" -> surnames.add(value, weight);
            case "given.M" -> givenCharacters.put(true, value);
            case "given.F" -> givenCharacters.put(false, value);
            case "field" -> {
                Field field = new Field(value, group);
                fields.add(field, weight);
                fieldsByName.put(value, field);
            }
            case "title" -> titlesByGroup.computeIfAbsent(group, g -> new Weighted<>()).add(value, weight);
            case "employer" -> employersByGroup.computeIfAbsent(group, g -> new Weighted<>()).add(value, weight);
            case "politics" -> politicalStatuses.add(value, weight);
            case "post" -> posts.add(new Post(value, (int) weight, group));
            default -> throw new IllegalStateException("unknown kind '" + kind + "' in " + LOCATION);
        }
    }
}
