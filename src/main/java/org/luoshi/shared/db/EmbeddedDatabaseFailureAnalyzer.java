package org.luoshi.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one line why the embedded database did not start and the two ways out. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        String why = cause.runningAsRoot()
                ? "内置 PostgreSQL 无法以 root 身份启动（此环境禁止用户命名空间）"
                : "内置 PostgreSQL 启动失败：" + cause.getMessage();
        return new FailureAnalysis(why,
                "请以非 root 用户运行，或设置 LUOSHI_DB_URL（及 LUOSHI_DB_USERNAME、LUOSHI_DB_PASSWORD）指向 PostgreSQL 15+ 服务器。",
                cause);
    }
}
