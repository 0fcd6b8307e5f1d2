package org.luoshi.org.internal.unit;

import java.util.List;
import org.luoshi.shared.error.BusinessException;
import org.springframework.http.HttpStatus;

/**
 * Input that breaks one or more unit rules. The API shows the first problem as problem+json; pages show every
 * problem next to its field.
 */
public class InvalidUnitException extends BusinessException {

    private final transient List<UnitProblem> problems;

    public InvalidUnitException(List<UnitProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problems.get(0).field(), problems.get(0).key(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<UnitProblem> problems() {
        return problems;
    }
}
