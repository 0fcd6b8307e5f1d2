package org.luoshi.activity.web;

import org.luoshi.activity.internal.speaker.SaveSpeaker;
import org.luoshi.activity.internal.speaker.Speaker;
import org.luoshi.shared.web.VersionedForm;

/** The speaker form as typed. */
public class SpeakerForm implements VersionedForm {

    private String name;
    private String post;
    private String bio;
    private boolean congressDelegate;
    private Integer version;

    static SpeakerForm of(Speaker s) {
        SpeakerForm f = new SpeakerForm();
        f.name = s.name();
        f.post = s.post();
        f.bio = s.bio();
        f.congressDelegate = s.congressDelegate();
        f.version = s.version();
        return f;
    }

    SaveSpeaker command() {
        return new SaveSpeaker(name, post, bio, congressDelegate);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public boolean isCongressDelegate() { return congressDelegate; }
    public void setCongressDelegate(boolean congressDelegate) { this.congressDelegate = congressDelegate; }

    @Override
    public Integer getVersion() {
        return version;
    }

    @Override
    public void setVersion(Integer version) {
        this.version = version;
    }
}
