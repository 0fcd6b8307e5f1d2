package org.luoshi.org.internal.member;

import java.util.List;

/** The details given for a member break one or more rules; each problem names its field. */
public class MemberRejected extends RuntimeException {

    private final transient List<FieldProblem> problems;

    MemberRejected(List<FieldProblem> problems) {
        super("member rejected: " + problems.stream().map(FieldProblem::messageKey).toList(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
