namespace OpenClaw.Manifests.Generation.Chart;

/// <summary>The shape of one chart value; decides its schema, its YAML form and how templates read it.</summary>
internal enum ValueKind
{
    /// <summary>A mapping that only groups other values.</summary>
    Group,
    /// <summary>A string.</summary>
    String,
    /// <summary>An integer (rendered with <c>| int</c>, never as text pushed into a number field).</summary>
    Integer,
    /// <summary>A boolean switch.</summary>
    Boolean,
    /// <summary>A list of strings.</summary>
    StringList,
    /// <summary>A string-to-string map (annotations).</summary>
    StringMap,
    /// <summary>An image: repository, optional tag, required digest.</summary>
    Image,
    /// <summary>A list of extra environment variables: <c>{name, value}</c> or <c>{name, secretKeyRef: {name, key}}</c>.</summary>
    EnvList,
    /// <summary>A list of extra RBAC rules: <c>{apiGroups, resources, verbs, resourceNames?}</c>.</summary>
    RuleList,
    /// <summary>A list of Secret references <c>{name}</c>, upstream's <c>imagePullSecrets</c> shape.</summary>
    NameList,
}
