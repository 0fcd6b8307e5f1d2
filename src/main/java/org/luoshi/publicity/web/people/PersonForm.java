package org.luoshi.publicity.web.people;

import org.luoshi.publicity.internal.people.ExemplaryPerson;
import org.luoshi.publicity.internal.people.SavePerson;
import org.luoshi.shared.web.VersionedForm;

/** The person form as typed (the API takes the same fields as JSON). */
public class PersonForm implements VersionedForm {

    private String name;
    private String post;
    private String storyHtml;
    private Long memberId;
    private Integer version;

    static PersonForm of(ExemplaryPerson p) {
        PersonForm form = new PersonForm();
        form.name = p.name();
        form.post = p.post();
        form.storyHtml = p.storyHtml();
        form.memberId = p.memberId();
        form.version = p.version();
        return form;
    }

    SavePerson command() {
        return new SavePerson(name, post, storyHtml, memberId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getStoryHtml() {
        return storyHtml;
    }

    public void setStoryHtml(String storyHtml) {
        this.storyHtml = storyHtml;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    @Override
    public Integer getVersion() {
        return version;
    }

    @Override
    public void setVersion(Integer version) {
        this.version = version;
    }
}
