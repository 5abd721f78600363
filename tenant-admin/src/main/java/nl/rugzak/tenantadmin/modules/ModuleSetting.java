package nl.rugzak.tenantadmin.modules;

/** One switch of a module a municipality may turn, with the value it has until someone does. */
public record ModuleSetting(String key, String labelNl, boolean defaultValue) {
}
