package org.luoshi.shared.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal information. {@code key} is 32 random bytes in Base64 (LUOSHI_CRYPTO_KEY); every app node
 * must share it. Without it a key is generated once into {@code keyFile}, which suits a single machine.
 * {@code algorithm} is AES (AES-256-GCM) or SM4 (SM4-GCM, for 商用密码 deployments).
 */
@ConfigurationProperties("luoshi.crypto")
public record CryptoProperties(String key, String keyFile, String algorithm) {

    public CryptoProperties {
        if (keyFile == null || keyFile.isBlank()) {
            keyFile = "data/keys/personal-data.key";
        }
        if (algorithm == null || algorithm.isBlank()) {
            algorithm = "AES";
        }
    }
}
