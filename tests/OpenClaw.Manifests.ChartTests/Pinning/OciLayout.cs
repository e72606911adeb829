using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>
/// Tiny real images, written as an OCI image layout (<c>oci-layout</c>, <c>index.json</c>, <c>blobs/sha256/</c>)
/// for <c>skopeo copy oci:DIR:TAG docker://…</c>: one gzipped tar layer holding one file, an image config, and
/// either one image manifest or an image index over one manifest per platform. The digests are computed here, from
/// the bytes written, so a test knows what the registry must answer without asking it.
/// </summary>
internal sealed class OciLayout
{
    private const string ManifestType = "application/vnd.oci.image.manifest.v1+json";
    private const string IndexType = "application/vnd.oci.image.index.v1+json";

    private readonly string _dir;
    private readonly List<string> _refs = [];

    public OciLayout(string dir)
    {
        _dir = dir;
        Directory.CreateDirectory(Path.Combine(dir, "blobs", "sha256"));
        File.WriteAllText(Path.Combine(dir, "oci-layout"), """{"imageLayoutVersion":"1.0.0"}""");
    }

    public string Dir => _dir;

    /// <summary>A single-platform image tagged <paramref name="tag"/> in the layout; returns its manifest digest.</summary>
    public string Image(string tag, string content) => Tag(tag, ManifestType, Manifest(content, "amd64"));

    /// <summary>A multi-arch image (an OCI index over linux/amd64 and linux/arm64); returns the index digest.</summary>
    public string MultiArch(string tag, string content)
    {
        var platforms = new[] { "amd64", "arm64" }.Select(arch =>
        {
            var (digest, size) = Manifest(content + " on " + arch, arch);
            return $$$"""{"mediaType":"{{{ManifestType}}}","digest":"{{{digest}}}","size":{{{size}}},"platform":{"architecture":"{{{arch}}}","os":"linux"}}""";
        });
        return Tag(tag, IndexType, Blob($$$"""{"schemaVersion":2,"mediaType":"{{{IndexType}}}","manifests":[{{{string.Join(",", platforms)}}}]}"""));
    }

    private (string Digest, long Size) Manifest(string content, string arch)
    {
        var layer = Blob(Layer(content));
        var diffId = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Tar(content)));
        var config = Blob($$$"""{"architecture":"{{{arch}}}","os":"linux","rootfs":{"type":"layers","diff_ids":["{{{diffId}}}"]},"config":{}}""");
        return Blob($$$"""{"schemaVersion":2,"mediaType":"{{{ManifestType}}}","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"{{{config.Digest}}}","size":{{{config.Size}}}},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"{{{layer.Digest}}}","size":{{{layer.Size}}}}]}""");
    }

    private string Tag(string tag, string mediaType, (string Digest, long Size) top)
    {
        _refs.Add($$$"""{"mediaType":"{{{mediaType}}}","digest":"{{{top.Digest}}}","size":{{{top.Size}}},"annotations":{"org.opencontainers.image.ref.name":"{{{tag}}}"}}""");
        File.WriteAllText(Path.Combine(_dir, "index.json"), $$$"""{"schemaVersion":2,"manifests":[{{{string.Join(",", _refs)}}}]}""");
        return top.Digest;
    }

    private (string Digest, long Size) Blob(string json) => Blob(Encoding.UTF8.GetBytes(json));

    private (string Digest, long Size) Blob(byte[] bytes)
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(bytes));
        File.WriteAllBytes(Path.Combine(_dir, "blobs", "sha256", hex), bytes);
        return ("sha256:" + hex, bytes.Length);
    }

    private static byte[] Tar(string content)
    {
        using var ms = new MemoryStream();
        using (var tar = new TarWriter(ms, TarEntryFormat.Pax, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "hello.txt") { ModificationTime = DateTimeOffset.UnixEpoch, DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) };
            tar.WriteEntry(entry);
        }
        return ms.ToArray();
    }

    private static byte[] Layer(string content)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(Tar(content));
        return ms.ToArray();
    }
}
