package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;

/** The one way a refused form comes back: beside its field, above the form, or not at all (404). */
class FormErrorsTests {

    /** A form as modules bind them. */
    public static class Typed implements VersionedForm {
        private String title;
        private Integer version;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
    }

    private final Typed typed = new Typed();
    private final BeanPropertyBindingResult form = new BeanPropertyBindingResult(typed, "form");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aRefusalThatNamesAFieldGoesBesideItWithItsStatus() {
        String page = FormErrors.submit(form, response, () -> {
            throw BusinessException.invalid("title", "plan.title.required");
        }, () -> "page");

        assertThat(page).isEqualTo("page");
        assertThat(form.getFieldError("title").getCode()).isEqualTo("plan.title.required");
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void aRefusalOfNoFieldOfTheFormGoesAboveIt() {
        FormErrors.submit(form, response, () -> {
            throw BusinessException.invalid("due12", "plan.forward.dueInvalid", "x");
        }, () -> "page");

        assertThat(form.getGlobalError().getCode()).isEqualTo("plan.forward.dueInvalid");
    }

    @Test
    void notFoundIsNoFormErrorButAnErrorPage() {
        assertThatThrownBy(() -> FormErrors.submit(form, response, () -> {
            throw BusinessException.notFound("plan.notFound");
        }, () -> "page")).isInstanceOf(BusinessException.class);
    }

    @Test
    void aStaleFormComesBackAsTypedCarryingTheVersionOfNow() {
        typed.setVersion(3);

        String page = FormErrors.submit(form, response, typed, () -> 5, () -> {
            throw new OptimisticLockingFailureException("changed");
        }, () -> "page");

        assertThat(page).isEqualTo("page");
        assertThat(typed.getVersion()).isEqualTo(5);
        assertThat(form.getGlobalError().getCode()).isEqualTo("error.concurrentEdit.form");
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
