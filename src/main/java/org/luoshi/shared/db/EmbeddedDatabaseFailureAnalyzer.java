package org.luoshi.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in one line why the embedded database did not start and the way out. Runs before the application context
 * (and its message bundles) exists, hence the sentences here.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

    private static final String SERVER = "或设置 LUOSHI_DB_URL（及 LUOSHI_DB_USERNAME、LUOSHI_DB_PASSWORD）指向 PostgreSQL 15+ 服务器。";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        return switch (cause.reason()) {
            case AS_ROOT -> new FailureAnalysis("内置 PostgreSQL 无法以 root 身份启动（此环境禁止用户命名空间）",
                    "请以非 root 用户运行，" + SERVER, cause);
            case IN_USE -> new FailureAnalysis("内置 PostgreSQL 的数据目录 " + cause.dataDir() + " 正被另一个运行中的洛书使用",
                    "请先停止那个洛书，或用 LUOSHI_DATA_DIR 为本实例另选数据目录，" + SERVER, cause);
            case LEFT_OVER -> new FailureAnalysis("数据目录 " + cause.dataDir() + " 上有上次运行遗留的 PostgreSQL 进程（PID "
                    + cause.pid() + "），洛书无法停止它",
                    "请以启动洛书的用户执行 kill -9 " + cause.pid() + " 后重新启动，" + SERVER, cause);
            case FAILED -> new FailureAnalysis("内置 PostgreSQL 启动失败：" + cause.getMessage(),
                    "请检查数据目录的权限和剩余空间，" + SERVER, cause);
        };
    }
}
