public enum GitPlaceholder {}
