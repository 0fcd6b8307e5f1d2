/**
 * The kernel every module uses: database start-up, paging, errors, Excel, personal-data crypto,
 * the acting user, text normalisation. Open, so modules may use its sub-packages directly.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.luoshi.shared;

import org.springframework.modulith.ApplicationModule;
