namespace OpenClaw.Manifests.Analyzers.Tests.Verifiers;

/// <summary>Test code scaffolding shared by the rule tests.</summary>
internal static class Sources
{
    public const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;
        using OpenClaw.Manifests.Model;

        """;

    /// <summary>Wraps statements into a method of a class, after the usings.</summary>
    public static string InMethod(string statements) => Usings + """
        public static class Platform
        {
            public static object Build(string version, string registry, int minor, string digest)
            {

        """ + statements + """

                return null!;
            }
        }
        """;
}
