using System.Text.RegularExpressions;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Policy;

/// <summary>
/// OCM0006's socket match itself, in both of its spellings: the .NET expression every C# layer asks, and the RE2 text the
/// admission policies hand to CEL's <c>matches()</c> (read here by .NET, whose syntax agrees for these constructs).
/// </summary>
public class HostFactsTests
{
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("/var/run/docker.sock", "docker.sock")]
    [InlineData("unix:///run/containerd/containerd.sock", "containerd.sock")]
    [InlineData("/var/run/crio/crio.sock", "crio.sock")]
    [InlineData("/run/cri-dockerd.sock", "cri-dockerd.sock")]
    [InlineData("/run/podman/podman.sock", "podman.sock")]
    [InlineData("-v /var/run/docker.sock:/x", "docker.sock")]
    [InlineData("docker.sock", "docker.sock")]
    // ".sock" at index 0: the ordinal prefilter must not stop at the first position.
    [InlineData(".sock docker.sock", "docker.sock")]
    [InlineData("my-docker.sock", null)]
    [InlineData("docker.sock.bak", null)]
    [InlineData("/var/run/Docker.sock", null)]
    [InlineData("/var/run/docker.socket", null)]
    [InlineData("/var/run/other.sock", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_runtime_socket_is_found_only_as_a_whole_file_name(string? text, string? socket)
    {
        Assert.Equal(socket, HostFacts.FindRuntimeSocket(text));
        if (text is not null)
            Assert.Equal(socket is not null, Regex.IsMatch(text, HostFacts.RuntimeSocketRe2));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Every_runtime_socket_is_an_alternative_of_both_expressions()
    {
        foreach (var socket in HostFacts.RuntimeSockets)
        {
            Assert.Equal(socket, HostFacts.FindRuntimeSocket("/host/" + socket));
            Assert.Matches(HostFacts.RuntimeSocketRe2, "/host/" + socket);
        }
    }
}
