using OpenClaw.Manifests.Fuzz;
using SharpFuzz;

// afl-fuzz starts this through fuzz/run.sh. With file arguments it replays them instead (a finding,
// a corpus case), printing what each one does, so a crash can be reproduced without AFL.
if (args.Length > 0)
{
    var failed = 0;
    foreach (var file in args)
    {
        try
        {
            LoaderTarget.Run(File.ReadAllBytes(file));
            Console.WriteLine($"ok    {file}");
        }
        catch (Exception e)
        {
            failed++;
            // The innermost frames say where to fix it.
            var frames = (e.StackTrace ?? "").Split('\n').Take(4).Select(l => l.Trim());
            Console.WriteLine($"FAIL  {file}: {e.GetType().Name}: {e.Message}\n      {string.Join("\n      ", frames)}");
        }
    }
    return failed == 0 ? 0 : 1;
}
// Persistent mode: one process runs many inputs (each run's coverage is reset by SharpFuzz).
Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    LoaderTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
