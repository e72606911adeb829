using System.Text;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Policy;

public class SecretHeuristicsTests
{
    [Theory]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("GITHUB_TOKEN")]
    [InlineData("db_password")]
    [InlineData("CLIENT_SECRET")]
    [InlineData("AWS_CREDENTIALS")]
    public void Names_that_hold_secrets(string name) => Assert.True(SecretHeuristics.NameLooksSecret(name));

    [Theory]
    [InlineData("LOG_LEVEL")]
    [InlineData("TOKEN_URL")]
    [InlineData("API_KEY_ID")]
    [InlineData("SECRET_NAME")]
    [InlineData("HTTP_PROXY_URL")]
    [InlineData("")]
    public void Names_that_do_not(string name) => Assert.False(SecretHeuristics.NameLooksSecret(name));

    public static TheoryData<string> Credentials => new()
    {
        "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "AKIAIOSFODNN7EXAMPLE",
        "xoxb-1234567890-abcdefghij",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "-----BEGIN RSA PRIVATE KEY-----",
        "https://user:pass@example.org/",
        "https://example.org/v1?token=abc123def",
        Convert.ToBase64String(Encoding.UTF8.GetBytes("sk-live-0123456789abcdefghij")),
        "Zx8Qp2Lk9Vb4Nm7Rt1Yw6Ue3Io5Pa0Sd",
    };

    [Theory]
    [MemberData(nameof(Credentials))]
    public void Values_shaped_like_credentials(string value) => Assert.NotNull(SecretHeuristics.DescribeCredential(value));

    [Theory]
    [InlineData("info")]
    [InlineData("qwen3.6-coder")]
    [InlineData("https://api.acme.example.org/v1")]
    [InlineData("ghcr.io/openova-io/openova/openclaw-controller@sha256:3c1f0b9e2a4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b")]
    [InlineData("openclaw-newapi-controller-token")]
    [InlineData("app.kubernetes.io/component")]
    [InlineData("letsencrypt-prod")]
    [InlineData("512Mi")]
    [InlineData("this is a perfectly normal sentence")]
    public void Ordinary_values(string value) => Assert.Null(SecretHeuristics.DescribeCredential(value));

    [Theory]
    [InlineData("openclaw-user-0b9a2c1e-2f6d-4a3b-9c8d-7e6f5a4b3c2d")]
    [InlineData("newapi-key-0B9A2C1E-2F6D-4A3B-9C8D-7E6F5A4B3C2D")]
    public void A_uuid_in_a_name_is_an_identifier(string value) => Assert.Null(SecretHeuristics.DescribeCredential(value));

    [Fact]
    public void A_uuid_does_not_hide_a_credential_beside_it()
        => Assert.NotNull(SecretHeuristics.DescribeCredential("0b9a2c1e-2f6d-4a3b-9c8d-7e6f5a4b3c2d-Zq8cR2vN7xT4mK9pL3wB6yH1jF5dS0aG8eU2iO7tQ4rV"));

    // ---- Found by mutation testing (each test carries Provenance=mutation); from SecretHeuristicsEdgeTests:
    // OCM0003's heuristics at their edges: every token shape just at and just below its minimum length,
    // every length limit on both sides, every secret-looking name word and every exempting suffix, and the
    // exact reason each check gives. Written against the mutants Stryker left alive in SecretHeuristics.cs.

    private const string Token = "a value shaped like an API key or token";
    private const string UserInfo = "a URL carrying credentials in its userinfo";
    private const string Query = "a URL carrying a credential in its query";
    private const string Base64 = "base64 of a value shaped like an API key or token";
    private const string Entropy = "a high-entropy value shaped like a generated credential";

    private static string Run(string alphabet, int length)
        => new(Enumerable.Range(0, length).Select(i => alphabet[i % alphabet.Length]).ToArray());

    private static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));

    // ---- names ----

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("MY_KEY")]
    [InlineData("REFRESH_TOKEN")]
    [InlineData("APP_SECRET")]
    [InlineData("DB_PASSWORD")]
    [InlineData("DB_PASSWD")]
    [InlineData("MYSQL_PWD")]
    [InlineData("GCP_CREDENTIAL")]
    [InlineData("PRIVATE_PEM")]
    [InlineData("BASIC_AUTH")]
    [InlineData("authorization")]
    [InlineData("SECRET_NAMES")]
    [InlineData("API_KEY_IDENTIFIER")]
    [InlineData("TOKEN_URL_OVERRIDE")]
    public void Every_secret_word_marks_a_name_and_the_exempt_suffixes_only_count_at_the_end(string name)
        => Assert.True(SecretHeuristics.NameLooksSecret(name), name);

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("TOKEN_URL")]
    [InlineData("AUTH_URI")]
    [InlineData("AUTH_ENDPOINT")]
    [InlineData("AUTH_HOST")]
    [InlineData("KEY_PATH")]
    [InlineData("PRIVATE_KEY_FILE")]
    [InlineData("SECRET_NAME")]
    [InlineData("TOKEN_ID")]
    [InlineData("TOKEN_MODEL")]
    [InlineData("SECRET_REF")]
    [InlineData("TOKEN_TTL")]
    [InlineData("AUTH_TIMEOUT")]
    [InlineData("AUTH_HEADER")]
    [InlineData("ACCESS_KEYID")]
    [InlineData("ACCESS_KEY_ID")]
    [InlineData("token_url")]
    [InlineData("LOG_LEVEL")]
    [InlineData("")]
    [InlineData(null)]
    public void Names_without_a_secret_word_or_with_an_exempt_suffix_do_not(string? name)
        => Assert.False(SecretHeuristics.NameLooksSecret(name), name);

    // ---- known token shapes: the shortest that counts, and one character less ----

    public static TheoryData<string, string?> Shapes => new()
    {
        { "sk-" + Run("abcdefghij", 16), Token },
        { "sk-" + Run("abcdefghij", 15), null },
        { "xsk-" + Run("abcdefghij", 16), null },           // inside a word: not a token start
        { "id=sk-" + Run("abcdefghij", 16), Token },        // after punctuation: a token start
        { "sk_live_" + Run("abcdefghij", 16), Token },
        { "sk_test_" + Run("abcdefghij", 16), Token },
        { "sk_live_" + Run("abcdefghij", 15), null },
        { "sk_prod_" + Run("abcdefghij", 16), null },
        { "ghp_" + Run("abcdefghij", 30), Token },
        { "gho_" + Run("abcdefghij", 30), Token },
        { "ghu_" + Run("abcdefghij", 30), Token },
        { "ghs_" + Run("abcdefghij", 30), Token },
        { "ghr_" + Run("abcdefghij", 30), Token },
        { "ghp_" + Run("abcdefghij", 29), null },
        { "ghx_" + Run("abcdefghij", 30), null },
        { "github_pat_" + Run("abcdefghij", 30), Token },
        { "github_pat_" + Run("abcdefghij", 29), null },
        { "glpat-" + Run("abcdefghij", 20), Token },
        { "glpat-" + Run("abcdefghij", 19), null },
        { "xoxa-" + Run("abcdefghij", 10), Token },
        { "xoxb-" + Run("abcdefghij", 10), Token },
        { "xoxp-" + Run("abcdefghij", 10), Token },
        { "xoxo-" + Run("abcdefghij", 10), Token },
        { "xoxs-" + Run("abcdefghij", 10), Token },
        { "xoxr-" + Run("abcdefghij", 10), Token },
        { "xoxb-" + Run("abcdefghij", 9), null },
        { "xoxz-" + Run("abcdefghij", 10), null },
        { "AKIA" + Run("ABCDEFGHIJ", 16), Token },
        { "AKIA" + Run("ABCDEFGHIJ", 15), null },
        { "AKIA" + Run("abcdefghij", 16), null },           // AWS key ids are uppercase
        { "AIza" + Run("abcdefghij", 35), Token },
        { "AIza" + Run("abcdefghij", 34), null },
        { "-----BEGIN PRIVATE KEY-----", Token },
        { "-----BEGIN EC PRIVATE KEY-----", Token },
        { "-----BEGIN PUBLIC KEY-----", null },
        { "-----BEGIN PRIVATE KEY", null },
        { "eyJ" + Run("abcdefgh", 8) + ".eyJ" + Run("abcdefgh", 8) + ".", Token },
        { "eyJ" + Run("abcdefgh", 7) + ".eyJ" + Run("abcdefgh", 8) + ".", null },
        { "eyJ" + Run("abcdefgh", 8) + ".eyJ" + Run("abcdefgh", 7) + ".", null },
        { "eyJ" + Run("abcdefgh", 8) + ".eyJ" + Run("abcdefgh", 8), null },          // no second dot
        { "a-eyJ" + Run("abcdefgh", 8) + ".eyJ" + Run("abcdefgh", 8) + ".", null },  // inside a base64url run
        { "a eyJ" + Run("abcdefgh", 8) + ".eyJ" + Run("abcdefgh", 8) + ".", Token },
    };

    [Theory]
    [Trait("Provenance", "mutation")]
    [MemberData(nameof(Shapes))]
    public void Known_token_shapes_count_from_their_documented_minimum(string value, string? why)
        => Assert.Equal(why, SecretHeuristics.DescribeCredential(value));

    // ---- URLs ----

    public static TheoryData<string, string?> Urls => new()
    {
        { "https://user:pass@example.org/", UserInfo },
        { "https://:pass@example.org/", UserInfo },          // the user part may be empty
        { "git+ssh://u:p@example.org", UserInfo },
        { "https://user:@example.org/x", null },             // no password, nothing to leak
        { "https://user@example.org/a:b", null },
        { " https://user:pass@example.org/", null },         // a URL only at the start of the value
        { "1https://user:pass@example.org", null },          // schemes start with a letter
        { "https://example.org/x:y@z", null },
        { "https://example.org/v1?token=abc123def", Query },
        { "https://example.org/v1?a=1&api_key=abc", Query },
        { "https://example.org/v1?api-key=abc", Query },
        { "https://example.org/v1?apikey=abc", Query },
        { "https://example.org/v1?key=abc", Query },
        { "https://example.org/v1?access_token=abc", Query },
        { "https://example.org/v1?access-token=abc", Query },
        { "https://example.org/v1?accesstoken=abc", Query },
        { "https://example.org/v1?secret=abc", Query },
        { "https://example.org/v1?PASSWORD=abc", Query },
        { "https://example.org/v1?sig=abc", Query },
        { "https://example.org/v1?signature=abc", Query },
        { "https://example.org/v1?client_secret=abc", Query },
        { "https://example.org/v1?client-secret=abc", Query },
        { "https://example.org/v1?clientsecret=abc", Query },
        { "https://example.org/v1?token=&x=1", null },       // an empty value carries nothing
        { "https://example.org/v1?tokens=abc", null },
        { "https://example.org/v1/token=abc", null },         // not a query parameter
    };

    [Theory]
    [Trait("Provenance", "mutation")]
    [MemberData(nameof(Urls))]
    public void Credentials_in_urls(string value, string? why) => Assert.Equal(why, SecretHeuristics.DescribeCredential(value));

    // ---- length limits ----

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Values_shorter_than_twelve_characters_are_never_flagged()
    {
        Assert.Equal(12, "ftp://u:p@hh".Length);
        Assert.Equal(UserInfo, SecretHeuristics.DescribeCredential("ftp://u:p@hh"));
        Assert.Null(SecretHeuristics.DescribeCredential("ftp://u:p@h"));
        Assert.Null(SecretHeuristics.DescribeCredential(""));
        Assert.Null(SecretHeuristics.DescribeCredential(null));
        Assert.False(SecretHeuristics.LooksLikeCredential("ftp://u:p@h"));
        Assert.True(SecretHeuristics.LooksLikeCredential("ftp://u:p@hh"));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Values_over_a_million_characters_are_refused_unread()
    {
        Assert.Null(SecretHeuristics.DescribeCredential(new string('a', 1_000_000)));
        Assert.Equal("an oversized value", SecretHeuristics.DescribeCredential(new string('a', 1_000_001)));
    }

    // ---- base64 wrapping ----

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Base64_of_a_token_or_of_a_url_with_credentials_is_flagged()
    {
        Assert.Equal(Base64, SecretHeuristics.DescribeCredential(B64("sk-" + Run("abcdefghij", 16))));
        Assert.Equal(Base64, SecretHeuristics.DescribeCredential(B64("https://user:pass@example.org/")));
        Assert.NotEqual(Base64, SecretHeuristics.DescribeCredential(B64("just some harmless words here")));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Base64_is_only_decoded_from_sixteen_characters_on()
    {
        // "a://:b@" is a URL with credentials; its base64 is 12 characters, too short to be decoded.
        var shortOne = B64("a://:b@");
        Assert.Equal(12, shortOne.Length);
        Assert.Null(SecretHeuristics.DescribeCredential(shortOne));
        var sixteen = B64("a://:b@ccccc");
        Assert.Equal(16, sixteen.Length);
        Assert.Equal(Base64, SecretHeuristics.DescribeCredential(sixteen));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Base64_is_only_decoded_up_to_8192_characters()
    {
        var at = B64("sk-" + new string('a', 6141));
        Assert.Equal(8192, at.Length);
        Assert.Equal(Base64, SecretHeuristics.DescribeCredential(at));
        var over = B64("sk-" + new string('a', 6144));
        Assert.Equal(8196, over.Length);
        Assert.Null(SecretHeuristics.DescribeCredential(over));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Every_character_of_the_base64_alphabet_is_accepted()
    {
        // "AZaz09+/" decodes to six arbitrary bytes; the token follows after a space, so the decoded text
        // holds it. Every class boundary of the alphabet check ('A', 'Z', 'a', 'z', '0', '9', '+', '/', '=')
        // is on the path.
        var value = "AZaz09+/" + B64(" sk-" + Run("abcdefghij", 16));
        Assert.EndsWith("=", value);
        Assert.Equal(Base64, SecretHeuristics.DescribeCredential(value));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Whitespace_is_not_base64_here_although_the_framework_decoder_skips_it()
    {
        var encoded = B64("sk-" + Run("abcdefghij", 21)); // 24 bytes: 32 characters, no padding
        Assert.Equal(32, encoded.Length);
        Assert.Equal(Base64, SecretHeuristics.DescribeCredential(encoded));
        // Convert.FromBase64String would decode this (it ignores spaces); the heuristic does not.
        Assert.Null(SecretHeuristics.DescribeCredential(encoded[..16] + "    " + encoded[16..]));
        Assert.Null(SecretHeuristics.DescribeCredential("abc=defghijklmno")); // padding in the middle: FormatException, not a crash
    }

    // ---- high entropy ----

    private const string Mixed = "AZaz09BYby18CXcx27DWdw36EVev45FUfu";

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_high_entropy_value_uses_the_class_boundaries()
    {
        // Holds 'A', 'Z', 'a', 'z', '0' and '9': every range check of the classifier is on the path.
        Assert.Equal(Entropy, SecretHeuristics.DescribeCredential(Mixed));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData('+')]
    [InlineData('/')]
    [InlineData('=')]
    [InlineData('_')]
    [InlineData('-')]
    public void Base64_and_base64url_punctuation_belongs_to_a_generated_credential(char c)
        => Assert.Equal(Entropy, SecretHeuristics.DescribeCredential(Mixed[..20] + c + Mixed[20..25]));

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData('!')]
    [InlineData('.')]
    [InlineData(' ')]
    [InlineData(':')]
    public void Other_punctuation_makes_it_not_a_generated_credential(char c)
        => Assert.Null(SecretHeuristics.DescribeCredential(Mixed[..20] + c + Mixed[20..25]));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void High_entropy_needs_at_least_24_characters()
    {
        Assert.Equal(Entropy, SecretHeuristics.DescribeCredential(Mixed[..24]));
        Assert.Null(SecretHeuristics.DescribeCredential(Mixed[..23]));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void High_entropy_is_not_judged_past_4096_characters()
    {
        const string alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        Assert.Equal(Entropy, SecretHeuristics.DescribeCredential(Run(alnum, 4096)));
        Assert.Null(SecretHeuristics.DescribeCredential(Run(alnum, 4097)));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void High_entropy_needs_a_digit_and_a_letter()
    {
        Assert.Null(SecretHeuristics.DescribeCredential("abcdefghijklmnoABCDEFGHIJKLMNO")); // letters only
        Assert.Null(SecretHeuristics.DescribeCredential("012345678901234567890123456789")); // digits only
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_single_letter_case_needs_forty_characters_and_less_entropy()
    {
        const string lowerDigits = "abcdefghijklmnopqrstuvwxyz0123456789";
        Assert.Null(SecretHeuristics.DescribeCredential(Run(lowerDigits, 39)));
        Assert.Equal(Entropy, SecretHeuristics.DescribeCredential(Run(lowerDigits, 40)));
        Assert.Equal(Entropy, SecretHeuristics.DescribeCredential(Run("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 41)));
        // Lowercase hex has exactly 4 bits per character: enough for one letter case (3.5), not for mixed case (4.2).
        Assert.Equal(Entropy, SecretHeuristics.DescribeCredential(Run("0123456789abcdef", 41)));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Mixed_case_needs_more_entropy_than_a_single_case()
    {
        // 16 distinct characters: 4 bits each, below the 4.2 that mixed case needs.
        var sixteen = Run("ABCDEFGHabcdef01", 41);
        Assert.Null(SecretHeuristics.DescribeCredential(sixteen));
        // Long repetitive values are not generated credentials.
        Assert.Null(SecretHeuristics.DescribeCredential(new string('a', 40) + "A1"));
    }

    // ---- the substring prefilters in front of the regular expressions ----

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("?token=abcdefgh")]   // the query may start the value
    [InlineData("&token=abcdefgh")]   // a parameter list without '?'
    public void A_secret_query_parameter_is_found_at_the_very_start(string value)
        => Assert.Equal(Query, SecretHeuristics.DescribeCredential(value));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Base64_of_a_marker_or_a_url_that_is_not_a_credential_is_not_flagged()
    {
        // Each decodes to text that passes the cheap prefilter ("sk-", "://" and '@') but not the pattern.
        Assert.Null(SecretHeuristics.DescribeCredential(B64("sk-aaaaaaaaaa")));
        Assert.Null(SecretHeuristics.DescribeCredential(B64("https://a.b/@x")));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Uppercase_and_digits_also_need_forty_characters()
        => Assert.Null(SecretHeuristics.DescribeCredential(Run("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 30)));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_single_case_entropy_threshold_is_inclusive()
    {
        // 4 symbols at 1/8 and 8 at 1/16: exactly 3.5 bits per character.
        var value = string.Concat(Enumerable.Repeat("abcd", 6)) + string.Concat(Enumerable.Repeat("efgh0123", 3));
        Assert.Equal(48, value.Length);
        Assert.Equal(Entropy, SecretHeuristics.DescribeCredential(value));
    }

    // Each prefilter, held to both halves of its contract: it passes every value its expression can match (the marker
    // anywhere, even first), and it skips the ordinary values (image references, paths, plain URLs, words) it exists to
    // skip. A prefilter that passed everything would give the same verdicts, only slower, so only these see it.
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("sk-")]
    [InlineData("sk_")]
    [InlineData("ghp_")]
    [InlineData("gho_")]
    [InlineData("ghu_")]
    [InlineData("ghs_")]
    [InlineData("ghr_")]
    [InlineData("github_pat_")]
    [InlineData("glpat-")]
    [InlineData("xox")]
    [InlineData("AKIA")]
    [InlineData("AIza")]
    [InlineData("-----BEGIN")]
    [InlineData("eyJ")]
    public void Every_token_marker_passes_the_prefilter_first_or_inside(string marker)
    {
        Assert.True(SecretHeuristics.MayHoldTokenShape(marker + "rest"));
        Assert.True(SecretHeuristics.MayHoldTokenShape("value " + marker));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("ghcr.io/openova-io/openova/openclaw-controller:0.3.0")]
    [InlineData("/var/lib/openclaw/workspace")]
    [InlineData("https://newapi.example.com/v1")]
    [InlineData("qwen3.6")]
    [InlineData("")]
    public void Ordinary_values_skip_every_prefilter(string value)
    {
        Assert.False(SecretHeuristics.MayHoldTokenShape(value));
        Assert.False(SecretHeuristics.MayBeUrlWithCredentials(value));
        Assert.False(SecretHeuristics.MayHaveQuery(value));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("https://u:p@host", true)]
    [InlineData("https://host/path", false)]     // no '@'
    [InlineData("user@example.com", false)]      // no "://"
    [InlineData("://u:p@host", false)]           // no scheme before "://"
    [InlineData("@https://host", false)]         // no userinfo before '@': the '@' starts the value
    public void The_url_prefilter_needs_a_scheme_and_an_at_sign(string value, bool passes)
        => Assert.Equal(passes, SecretHeuristics.MayBeUrlWithCredentials(value));

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("?token=x", true)]
    [InlineData("&token=x", true)]
    [InlineData("https://h/p?a=b", true)]
    [InlineData("https://h/p?a", false)]        // no '='
    [InlineData("a=b", false)]                  // no '?' or '&'
    [InlineData("=a?b", false)]                 // '=' first: no parameter name before it
    public void The_query_prefilter_needs_a_separator_and_a_named_value(string value, bool passes)
        => Assert.Equal(passes, SecretHeuristics.MayHaveQuery(value));

    // What is left once a UUID is cut out is judged from 24 characters on, the same bound as a value without one.
    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_rest_beside_a_uuid_is_judged_from_twenty_four_characters()
    {
        const string uuid = "0b9a2c1e-2f6d-4a3b-9c8d-7e6f5a4b3c2d";
        Assert.Equal(Entropy, SecretHeuristics.DescribeCredential(uuid + "xK9mP2vL8qR4tN7wZ3bC6dF1"));
        Assert.Null(SecretHeuristics.DescribeCredential(uuid + "xK9mP2vL8qR4tN7wZ3bC6dF"));
    }
}
