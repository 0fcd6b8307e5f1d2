package org.luoshi.plan;

/**
 * 计入量: the work of one kind counted toward an item, summed, with the kind's label and unit as its owning module's
 * bundle names them ({@code work.kind.<kind>}, {@code work.kind.<kind>.unit}), the code itself when it names none.
 */
public record CountedKind(String kind, String label, String unit, long quantity) {
}
