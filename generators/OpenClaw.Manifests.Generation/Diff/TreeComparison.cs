using System.Text.Json.Nodes;
using OpenClaw.Manifests.Generation.Chart;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// Compares two generated output trees (the layout <see cref="OutputPlan"/> writes) object by object: each tenant's
/// folder is one set of objects keyed by kind, namespace and name; the chart is compared file by file, once; the
/// remaining files by bytes. Files with equal bytes are never parsed, nor documents with equal text.
/// Throws <see cref="InvalidDataException"/> naming file, line, column and rule when a tree holds something that is
/// not a Kubernetes object where one belongs.
/// </summary>
internal static class TreeComparison
{
    private const string TenantsFolder = "tenants/";
    private static readonly string[] PlatformFolders = ["flux/", "argocd/"];
    // The names TenantOverlay and SopsSecrets give a tenant folder's files that hold no generated objects.
    private const string ValuesFile = "values.yaml";
    private const string SopsSuffix = ".sops.yaml";

    public static TreeChanges Compare(TreeFiles @base, TreeFiles head)
    {
        var baseTenants = TenantFolders(@base);
        var headTenants = TenantFolders(head);
        var names = baseTenants.Keys.Union(headTenants.Keys).Order(StringComparer.Ordinal).ToList();
        List<TenantChange> tenants;
        try
        {
            tenants = names.AsParallel().AsOrdered()
                .Select(n => CompareTenant(n, @base, head, baseTenants.GetValueOrDefault(n) ?? [], headTenants.GetValueOrDefault(n) ?? [], baseTenants.ContainsKey(n), headTenants.ContainsKey(n)))
                .Where(t => t is not null).Select(t => t!).ToList();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is InvalidDataException))
        {
            // Several tenants may be broken and finish in any order: name the first by message, the same on every run.
            throw e.InnerExceptions.OrderBy(x => x.Message, StringComparer.Ordinal).First();
        }
        var platform = CompareTenant(TreeChanges.Platform, @base, head, PlatformFiles(@base), PlatformFiles(head), true, true);
        if (platform is not null) tenants.Insert(0, platform);
        var others = CompareBytes(@base, head, @base.Paths.Union(head.Paths).Where(IsOtherFile).Order(StringComparer.Ordinal));
        return new TreeChanges(@base.Shown, head.Shown, baseTenants.Count, headTenants.Count, tenants, ChartComparison.Compare(@base, head), others);
    }

    private static bool IsOtherFile(string path)
        => !path.StartsWith(TenantsFolder, StringComparison.Ordinal) && !PlatformFolders.Any(f => path.StartsWith(f, StringComparison.Ordinal))
           && !path.StartsWith(ChartWriter.Folder + "/", StringComparison.Ordinal);

    // tenant name -> its files, relative to the tree
    private static Dictionary<string, List<string>> TenantFolders(TreeFiles tree)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in tree.Paths.Where(p => p.StartsWith(TenantsFolder, StringComparison.Ordinal)))
        {
            var slash = path.IndexOf('/', TenantsFolder.Length);
            if (slash < 0) continue;
            var name = path[TenantsFolder.Length..slash];
            if (!result.TryGetValue(name, out var files)) result[name] = files = [];
            files.Add(path);
        }
        return result;
    }

    private static List<string> PlatformFiles(TreeFiles tree)
        => tree.Paths.Where(p => PlatformFolders.Any(f => p.StartsWith(f, StringComparison.Ordinal))).ToList();

    // values.yaml holds chart values, *.sops.yaml encrypted Secrets: compared by bytes. Every other YAML file of a
    // tenant folder holds objects (rendered.yaml, helmrelease.yaml, application.yaml).
    private static bool HoldsObjects(string path)
    {
        var file = path[(path.LastIndexOf('/') + 1)..];
        return (file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
               && file != ValuesFile && !file.EndsWith(SopsSuffix, StringComparison.Ordinal);
    }

    private static TenantChange? CompareTenant(string name, TreeFiles @base, TreeFiles head, List<string> baseFiles, List<string> headFiles, bool inBase, bool inHead)
    {
        var kind = !inBase ? ChangeKind.Added : !inHead ? ChangeKind.Removed : ChangeKind.Changed;
        var prefix = name == TreeChanges.Platform ? "" : TenantsFolder + name + "/";
        var all = baseFiles.Union(headFiles).Order(StringComparer.Ordinal).ToList();
        var oldDocs = new List<ObjectDocument>();
        var newDocs = new List<ObjectDocument>();
        var fileChanges = new List<FileChange>();
        foreach (var path in all)
        {
            var inOld = baseFiles.Contains(path);
            var inNew = headFiles.Contains(path);
            var oldBytes = inOld ? @base.Read(path) : null;
            var newBytes = inNew ? head.Read(path) : null;
            if (oldBytes is not null && newBytes is not null && oldBytes.AsSpan().SequenceEqual(newBytes)) continue;
            if (!HoldsObjects(path))
            {
                fileChanges.Add(new FileChange(path[prefix.Length..], !inOld ? ChangeKind.Added : !inNew ? ChangeKind.Removed : ChangeKind.Changed));
                continue;
            }
            if (oldBytes is not null) oldDocs.AddRange(ObjectDocuments.Split(Shown(@base, path), System.Text.Encoding.UTF8.GetString(oldBytes)));
            if (newBytes is not null) newDocs.AddRange(ObjectDocuments.Split(Shown(head, path), System.Text.Encoding.UTF8.GetString(newBytes)));
        }
        // A document whose text is on both sides is the same object, unchanged.
        var unchanged = oldDocs.Select(d => d.Text).Intersect(newDocs.Select(d => d.Text), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var before = Objects(oldDocs.Where(d => !unchanged.Contains(d.Text)));
        var after = Objects(newDocs.Where(d => !unchanged.Contains(d.Text)));
        var objects = new List<ObjectChange>();
        foreach (var id in before.Keys.Union(after.Keys).OrderBy(i => i.ToString(), StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(id);
            var @new = after.GetValueOrDefault(id);
            var fields = JsonTreeDiff.Compare(old, @new);
            if (fields.Count == 0) continue;
            // An added or removed object is one change of the whole object; its leaves are what the checks read.
            if (old is null || @new is null) fields = [new FieldChange(FieldPath.Root, old is null ? ChangeKind.Added : ChangeKind.Removed, old, @new)];
            var review = new ObjectReview(id, old, @new, fields);
            if (kind == ChangeKind.Changed) SecurityChecks.Run(review);
            objects.Add(new ObjectChange(id, review.Kind, review.Fields, review.Findings, review.Unexplained.ToList()));
        }
        if (objects.Count == 0 && fileChanges.Count == 0) return null;
        var ns = objects.Select(o => o.Id).FirstOrDefault(i => i.Kind == "Namespace")?.Name ?? Namespace(kind == ChangeKind.Removed ? oldDocs : newDocs, oldDocs);
        return new TenantChange(name, ns, kind, objects, fileChanges);
    }

    private static string Shown(TreeFiles tree, string path) => tree.Shown + "/" + path;

    private static Dictionary<ObjectId, JsonObject> Objects(IEnumerable<ObjectDocument> docs)
    {
        var result = new Dictionary<ObjectId, JsonObject>();
        var first = new Dictionary<ObjectId, ObjectDocument>();
        foreach (var doc in docs)
        {
            var (id, json) = ObjectDocuments.Read(doc);
            if (!first.TryAdd(id, doc))
                throw new InvalidDataException($"{doc.File}({doc.Line},1): error {Policy.RuleCatalog.MalformedFile.Id}: {id} appears twice (first at {first[id].File}({first[id].Line},1))");
            result[id] = json;
        }
        return result;
    }

    // The tenant's namespace, for showing its objects without it: the Namespace object among the documents.
    private static string? Namespace(List<ObjectDocument> docs, List<ObjectDocument> fallback)
    {
        var doc = docs.Concat(fallback).FirstOrDefault(d => d.Text.Contains("\nkind: Namespace\n", StringComparison.Ordinal));
        return doc is null ? null : ObjectDocuments.Read(doc).Id.Name;
    }

    /// <summary>Files compared by bytes alone.</summary>
    public static List<FileChange> CompareBytes(TreeFiles @base, TreeFiles head, IEnumerable<string> paths)
    {
        var result = new List<FileChange>();
        foreach (var path in paths)
        {
            var inOld = @base.Has(path);
            var inNew = head.Has(path);
            if (inOld && inNew && @base.Read(path).AsSpan().SequenceEqual(head.Read(path))) continue;
            result.Add(new FileChange(path, !inOld ? ChangeKind.Added : !inNew ? ChangeKind.Removed : ChangeKind.Changed));
        }
        return result;
    }
}
