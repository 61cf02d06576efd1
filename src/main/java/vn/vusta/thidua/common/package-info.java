/**
 * Shared kernel: business-rule exceptions with Vietnamese messages, locale and error handling for pages and the API.
 * Every other module may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.vusta.thidua.common;
