package org.luoshi.org.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Picks items in proportion to their weights, e.g. surnames by how common they are. */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    Weighted<T> add(T item, double weight) {
        total += weight;
        items.add(item);
        cumulative.add(total);
        return this;
    }

    T pick(Random random) {
        double point = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            if (point < cumulative.get(i)) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}
