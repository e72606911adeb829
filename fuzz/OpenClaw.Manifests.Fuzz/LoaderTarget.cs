using System.Text;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Fuzz;

/// <summary>
/// One fuzz input through what a tenant file goes through: the loader's strict UTF-8 decoding and size
/// limit, the strict YAML reader and the tenant loader, then (for the rare input that loads) the renderer
/// and its policy. Refusing an input is the expected outcome; what afl-fuzz should report is anything
/// else: an exception escaping the loader (a crash), more than <see cref="MaxAllocatedBytes"/> allocated
/// for one input (the memory promise), or a hang (afl-fuzz's own -t limit).
/// </summary>
public static class LoaderTarget
{
    /// <summary>The loader's memory budget for one file, as the fuzzing promise states it.</summary>
    public const long MaxAllocatedBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Runs one input; throws only for a finding.</summary>
    public static void Run(ReadOnlySpan<byte> input)
    {
        // The loader refuses larger files before reading them, and non-UTF-8 ones before parsing.
        if (input.Length > TenantLoader.MaxFileBytes) return;
        string text;
        try { text = StrictUtf8.GetString(input); }
        catch (DecoderFallbackException) { return; }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (source, diagnostics) = TenantLoader.LoadText("fuzz.yaml", text);
        if (source is not null)
        {
            try { TenantRenderer.Render(source.Tenant); }
            catch (PolicyViolationException) { }
        }
        else if (diagnostics.Count == 0)
        {
            throw new InvalidOperationException("refused without a diagnostic");
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (allocated > MaxAllocatedBytes)
            throw new InsufficientExecutionStackException($"one input of {input.Length} bytes allocated {allocated} bytes (limit {MaxAllocatedBytes})");
    }
}
