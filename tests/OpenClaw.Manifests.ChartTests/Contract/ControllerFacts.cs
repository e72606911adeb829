using System.Globalization;
using System.Text;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// What the OpenClaw workspace controller does with what the chart gives it, written down from its source
/// (openova-io/openova, platform/openclaw/controller/main.go at commits 0c03f3f and 5f0ef22, and
/// platform/openclaw/runtime/main.go). These facts are restated here on purpose, not taken from the library's
/// constants: the suite tests the chart against the controller's behaviour, not against the project's idea of it.
/// </summary>
internal static class ControllerFacts
{
    /// <summary>The file it reads the pod template from, once, at start-up; missing, every session fails.</summary>
    public const string TemplatePath = "/etc/openclaw/pod-template.yaml";

    /// <summary>Its message when the file is missing: "pod-template ConfigMap not mounted".</summary>
    public const string NotMounted = "pod-template ConfigMap not mounted";

    /// <summary>The annotation it stamps on a new pod and refreshes on reuse; the reaper reads it.</summary>
    public const string LastSeen = "catalyst.openova.io/openclaw-last-seen";

    /// <summary>The reaper's label selector: it lists and reaps only pods with both labels.</summary>
    public static readonly (string Key, string Value)[] ReaperSelector =
        [("catalyst.openova.io/blueprint", "bp-openclaw"), ("app.kubernetes.io/component", "per-user-pod")];

    /// <summary>The port it proxies to on the pod's IP (the runtime serves $PORT, default 8080).</summary>
    public const int ProxyPort = 8080;

    /// <summary>The chart's placeholder issuer: with it (or none) the controller runs "unconfigured" and answers users 503.</summary>
    public const string PlaceholderIssuer = "https://keycloak.example.local/realms/example";

    /// <summary>The per-user Secret the template's ${SECRET_NAME} becomes.</summary>
    public static string SecretName(string sub) => "newapi-key-" + sub;

    /// <summary>
    /// The pod it polls after creating one: "openclaw-user-" + the sub lower-cased, every character outside a-z, 0-9
    /// and '-' replaced by '-', cut to 49 characters (63 minus the prefix), then '-' trimmed from both ends.
    /// </summary>
    public static string PodName(string sub)
    {
        var safe = new StringBuilder();
        foreach (var c in sub.ToLowerInvariant()) safe.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' ? c : '-');
        var text = safe.ToString();
        const string prefix = "openclaw-user-";
        if (text.Length > 63 - prefix.Length) text = text[..(63 - prefix.Length)];
        return prefix + text.Trim('-');
    }

    /// <summary>
    /// The text it POSTs (Content-Type application/yaml): ${USER_UUID} and ${SECRET_NAME} replaced as text, then the
    /// last-seen annotation inserted as text: unless the text already holds the annotation key, a new
    /// "annotations:" block goes right after the first line that, trimmed, is exactly "metadata:", indented two
    /// spaces deeper than that line. Without such a line the text is sent without the annotation.
    /// </summary>
    public static string Stamp(string template, string sub, DateTimeOffset now)
    {
        var text = template.Replace("${USER_UUID}", sub, StringComparison.Ordinal).Replace("${SECRET_NAME}", SecretName(sub), StringComparison.Ordinal);
        var stamp = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (text.Contains(LastSeen, StringComparison.Ordinal)) return text;
        var lines = text.Split('\n').ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim() != "metadata:") continue;
            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart(' ').Length)];
            lines.Insert(i + 1, $"{indent}  annotations:\n{indent}    {LastSeen}: \"{stamp}\"");
            return string.Join('\n', lines);
        }
        return text;
    }

    /// <summary>One Kubernetes API call of the controller, all on pods in TENANT_NAMESPACE.</summary>
    /// <param name="Verb">The RBAC verb the call needs.</param>
    /// <param name="Named">Whether the request names one pod (resourceNames can match it).</param>
    /// <param name="Why">What the controller does with it.</param>
    public sealed record ApiCall(string Verb, bool Named, string Why);

    /// <summary>Every call it makes: there are no others (no Secrets, no exec, no logs, no ConfigMaps).</summary>
    public static readonly ApiCall[] Calls =
    [
        new("get", true, "GET pods/openclaw-user-<sub>: find the user's pod, and poll it until Running with an IP"),
        new("list", false, "GET pods?labelSelector=…: the idle reaper; GET pods?limit=1: the API-server leg of /readyz"),
        new("create", false, "POST pods: a new session's pod"),
        new("delete", true, "DELETE pods/<name>: reaping idle or terminated pods"),
        new("patch", true, "PATCH pods/<name> (merge patch): refreshing the last-seen annotation on reuse"),
    ];
}
