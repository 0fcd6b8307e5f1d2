package org.luoshi.shared.crypto;

/** How personal information looks on screen and in exports for those not entitled to see it. */
public final class Masking {

    private Masking() {
    }

    /** 13812345678 → 138****5678 */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** 110101194501011234 → 110101********1234 */
    public static String idNumber(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "********";
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
