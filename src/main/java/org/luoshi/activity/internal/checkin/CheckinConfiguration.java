package org.luoshi.activity.internal.checkin;

import org.luoshi.shared.crypto.PersonalDataCipher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rotating check-in code under the server's secret. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckinProperties.class)
class CheckinConfiguration {

    /**
     * The keyed hash is the installation's lookup HMAC (luoshi.crypto.key, shared by every node), over inputs that
     * start with "activity.checkin|", which no phone or ID number does: one secret to keep, and nothing a stored
     * hash could be confused with.
     */
    @Bean
    CheckinCodes checkinCodes(PersonalDataCipher cipher, CheckinProperties properties) {
        return new CheckinCodes(cipher::lookupHash, properties.rotation(), properties.grace());
    }
}
