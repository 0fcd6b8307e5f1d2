package org.luoshi.shared.web;

/**
 * A form made from one version of a record (a plan, an assignment, a unit). When someone else saved in between, the form is shown
 * again with the version the user has now seen, so that submitting it once more after a look goes through.
 */
public interface VersionedForm {

    Integer getVersion();

    void setVersion(Integer version);
}
