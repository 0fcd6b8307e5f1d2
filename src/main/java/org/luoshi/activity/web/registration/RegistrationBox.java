package org.luoshi.activity.web.registration;

import org.luoshi.activity.internal.registration.RegistrationPanel;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The 报名 box of the activity's page, asked from its template ({@code @registrationBox.of(id)}), so that the page of
 * the activity needs no knowledge of registration beyond one line.
 */
@Component("registrationBox")
public class RegistrationBox {

    private final RegistrationPanel panels;

    RegistrationBox(RegistrationPanel panels) {
        this.panels = panels;
    }

    public RegistrationPanel.RegistrationSummary of(long activityId) {
        return panels.of(activityId, CurrentActor.get());
    }
}
