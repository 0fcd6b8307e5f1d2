package org.luoshi.activity.internal;

/** Who created a row: the account, or nobody for an actor without one (the demo's loaders act with account 0). */
public final class CreatedBy {

    private CreatedBy() {
    }

    public static Long of(long accountId) {
        return accountId > 0 ? accountId : null;
    }
}
