import InfragateEngine
public enum ReportersPlaceholder {}
