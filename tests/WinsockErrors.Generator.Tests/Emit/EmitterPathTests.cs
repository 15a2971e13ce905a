namespace WinsockErrors.Generator.Tests;

/// <summary>Emitter paths the real data never takes, each compiled and run.</summary>
public class EmitterPathTests
{
    [Fact]
    public void Without_codes_from_10000_up_the_code_lookup_is_a_switch_alone()
    {
        var lookups = GeneratedLookups.Compile(SampleData.FileWith([SampleData.Entry("A1", 1), SampleData.Entry("A2", 2), SampleData.Entry("A9999", 9999)]));

        var table = lookups.Result.Source("WsaErrors.Table.g.cs");
        table.Should().NotContain("DenseCodeSlots").And.Contain("private static int IndexOfCode(int code) => code switch");
        table.Should().Contain("/// <summary>The index of <paramref name=\"code\"/> in the table, or -1.</summary>");
        lookups.ByCode(1).Should().Be(0);
        lookups.ByCode(2).Should().Be(1);
        lookups.ByCode(9999).Should().Be(2);
        lookups.ByCode(0).Should().Be(-1);
        lookups.ByCode(10000).Should().Be(-1);
    }

    [Fact]
    public void Codes_from_10000_up_are_read_from_a_dense_table_and_the_rest_from_a_switch()
    {
        var lookups = GeneratedLookups.Compile(SampleData.FileWith([SampleData.Entry("A5", 5), SampleData.Entry("B0", 10000), SampleData.Entry("B3", 10003)]));

        var table = lookups.Result.Source("WsaErrors.Table.g.cs");
        table.Should().Contain("uint offset = unchecked((uint)(code - 10000));").And.Contain("IndexOfSparseCode(int code) => code switch");
        table.Should().Contain("/// <summary>Codes 10000 and up: table index + 1, 0 where no code is defined.</summary>");
        table.Should().Contain("new byte[]\n    {\n        2, 0, 0, 3,\n    };");
        lookups.ByCode(5).Should().Be(0);
        lookups.ByCode(10000).Should().Be(1);
        lookups.ByCode(10003).Should().Be(2);
        lookups.ByCode(10001).Should().Be(-1);
        lookups.ByCode(10004).Should().Be(-1);
        lookups.ByCode(9999).Should().Be(-1);
    }

    [Fact]
    public void A_dense_code_is_on_the_fast_path_once_its_entry_is_created_and_a_switch_code_never_is()
    {
        var lookups = GeneratedLookups.Compile(SampleData.FileWith([SampleData.Entry("A5", 5), SampleData.Entry("B0", 10000), SampleData.Entry("B3", 10003)]));

        lookups.CreatedNameByCode(10003).Should().BeNull("nothing has created the entry yet");
        lookups.NameAt(2).Should().Be("B3");
        lookups.CreatedNameByCode(10003).Should().Be("B3");
        lookups.CreatedNameByCode(10000).Should().BeNull("only the entry asked for is created");
        lookups.NameAt(0).Should().Be("A5");
        lookups.CreatedNameByCode(5).Should().BeNull("codes below the dense range always take the switch");
        lookups.CreatedNameByCode(10001).Should().BeNull();
        lookups.CreatedNameByCode(10004).Should().BeNull();
        lookups.CreatedNameByCode(9999).Should().BeNull();
        lookups.CreatedNameByCode(int.MinValue).Should().BeNull();
    }

    [Fact]
    public void Without_a_dense_range_the_fast_path_holds_nothing()
    {
        var lookups = GeneratedLookups.Compile(SampleData.FileWith([SampleData.Entry("A1", 1), SampleData.Entry("A2", 2)]));

        lookups.NameAt(0).Should().Be("A1");
        lookups.CreatedNameByCode(1).Should().BeNull();
        lookups.CreatedNameByCode(0).Should().BeNull();
    }

    [Fact]
    public void A_range_too_wide_for_a_dense_table_falls_back_to_the_switch()
    {
        var lookups = GeneratedLookups.Compile(SampleData.FileWith([SampleData.Entry("B0", 10000), SampleData.Entry("B1", 14096)]));

        lookups.Result.Source("WsaErrors.Table.g.cs").Should().NotContain("DenseCodeSlots");
        lookups.ByCode(14096).Should().Be(1);
    }

    [Fact]
    public void A_dense_range_exactly_as_wide_as_allowed_keeps_its_table()
    {
        var lookups = GeneratedLookups.Compile(SampleData.FileWith([SampleData.Entry("B0", 10000), SampleData.Entry("B1", 14095)]));

        lookups.Result.Source("WsaErrors.Table.g.cs").Should().Contain("DenseCodeSlots");
        lookups.ByCode(14095).Should().Be(1);
    }

    [Fact]
    public void With_255_entries_or_more_the_tables_hold_ushorts_and_codes_use_the_switch()
    {
        var entries = Enumerable.Range(0, 300).Select(i => SampleData.Entry($"E{i}", 10000 + i));

        var lookups = GeneratedLookups.Compile(SampleData.FileWith(entries));

        lookups.Result.Source("WsaErrors.Table.g.cs").Should().NotContain("DenseCodeSlots");
        var names = lookups.Result.Source("WsaErrors.Names.g.cs");
        names.Should().Contain("private static global::System.ReadOnlySpan<ushort> NameTargets => new ushort[]");
        names.Should().Contain("private static global::System.ReadOnlySpan<byte> NameLengths => new byte[]");
        lookups.ByCode(10299).Should().Be(299);
        lookups.ByCode(10300).Should().Be(-1);
        lookups.ByName("e299").Should().Be(299);
        lookups.ByName("E0").Should().Be(0);
        lookups.NameAt(256).Should().Be("E256");
    }

    [Fact]
    public void Text_that_needs_escapes_survives_the_round_trip_through_a_literal()
    {
        const string Odd = "quote \" backslash \\ newline \n tab \t nul \0 bell \a U+0085 \u0085 U+2028 \u2028 U+2029 \u2029 é";
        var escaped = System.Text.Json.JsonSerializer.Serialize(Odd);

        var lookups = GeneratedLookups.Compile(SampleData.FileWith([SampleData.Entry("A1", 1).Replace("\"description\": \"\"", $"\"description\": {escaped}", StringComparison.Ordinal)]));

        lookups.DescriptionAt(0).Should().Be(Odd);
        lookups.Result.Source("WsaErrors.Table.g.cs").Should().Contain(
            "\"quote \\\" backslash \\\\ newline \\n tab \\t nul \\0 bell \\a U+0085 \\u0085 U+2028 \\u2028 U+2029 \\u2029 é\"");
        lookups.TitleAt(0).Should().Be("T");
        lookups.Result.Source("WsaError.g.cs").Should().Contain(
            "/// <para>quote \" backslash \\ newline   tab   nul   bell   U+0085   U+2028   U+2029   é</para>", "a doc comment is one line");
    }

    [Fact]
    public void Names_alike_in_every_sampled_character_are_found_by_hashing_all_of_them()
    {
        var lookups = GeneratedLookups.Compile(SampleData.FileWith(
            [SampleData.Entry("AAA", 1), SampleData.Entry("AAAAAXAAAAA", 2), SampleData.Entry("AAAAAYAAAAA", 3), SampleData.Entry("AAAAAZAAAAA", 4)]));

        var names = lookups.Result.Source("WsaErrors.Names.g.cs");
        names.Should().Contain("ulong signature = 14695981039346656037UL;")
            .And.Contain("foreach (char c in name)")
            .And.Contain("signature = unchecked((signature ^ ((uint)(c | 0x20) & 0x7F)) * 1099511628211UL);");
        lookups.ByName("aaa").Should().Be(0);
        lookups.ByName("AAAAAXAAAAA").Should().Be(1);
        lookups.ByName("aaaaayaaaaa").Should().Be(2);
        lookups.ByName("AAAAAZAAAAA").Should().Be(3);
        lookups.ByName("AAAAAWAAAAA").Should().Be(-1);
        lookups.ByName("AA").Should().Be(-1);
        lookups.ByName("AAAAAXAAAAAA").Should().Be(-1);
    }

    [Fact]
    public void A_hash_that_reads_the_first_character_reads_position_0()
    {
        var lookups = GeneratedLookups.Compile(SampleData.FileWith(
            [SampleData.Entry("AZZZ", 1), SampleData.Entry("BZZZ", 2), SampleData.Entry("CZZZZ", 3), SampleData.Entry("DZZZZ", 4)]));

        var names = lookups.Result.Source("WsaErrors.Names.g.cs");
        names.Should().Contain("ulong signature = (ulong)n;").And.Contain("signature = (signature << 7) | ((uint)(name[0] | 0x20) & 0x7F);");
        names.Should().Contain("private const int MinNameLength = 4;").And.Contain("private const int MaxNameLength = 5;");
        lookups.ByName("azzz").Should().Be(0);
        lookups.ByName("BZZZ").Should().Be(1);
        lookups.ByName("czzzz").Should().Be(2);
        lookups.ByName("DZZZZ").Should().Be(3);
        lookups.ByName("DZZZY").Should().Be(-1, "the hash finds DZZZZ's slot, the comparison rejects it");
        lookups.ByName("EZZZ").Should().Be(-1);
        lookups.ByName("AZZ").Should().Be(-1);
        lookups.ByName("AZZZZZ").Should().Be(-1);
    }

    [Fact]
    public void The_hash_reads_characters_counted_from_the_end()
    {
        var lookups = GeneratedLookups.Compile(SampleData.FileWith([SampleData.Entry("ZZA", 1), SampleData.Entry("ZZB", 2), SampleData.Entry("ZZZC", 3)]));

        lookups.Result.Source("WsaErrors.Names.g.cs").Should().Contain("name[n - 1]");
        lookups.ByName("zza").Should().Be(0);
        lookups.ByName("ZZB").Should().Be(1);
        lookups.ByName("zzzc").Should().Be(2);
        lookups.ByName("ZZC").Should().Be(-1);
    }

    [Fact]
    public void The_errno_winsock2_h_pairs_wins_a_number_that_another_errno_also_has()
    {
        const string Mapped = ", \"source\": \".NET maps this errno to the code\"";
        var lookups = GeneratedLookups.Compile(SampleData.FileWith(
        [
            SampleData.Entry("WSAEWOULDBLOCK", 10035, $", \"errno\": [ {{ \"name\": \"EWOULDBLOCK\", \"linux\": 11, \"macos\": 35, \"freebsd\": 35, \"windows-crt\": 140{Mapped} }}, {{ \"name\": \"EAGAIN\", \"linux\": 11{Mapped} }} ]"),
            SampleData.Entry("WSAEAGAIN", 10036, ", \"errno\": [ { \"name\": \"EAGAIN\", \"linux\": 11, \"macos\": 35, \"freebsd\": 35, \"windows-crt\": 11 } ]"),
        ]));

        lookups.ByLinuxErrno(11).Should().Be(1);
        lookups.ByMacOSErrno(35).Should().Be(1);
        lookups.ByFreeBsdErrno(35).Should().Be(1);
        lookups.ByWindowsCrtErrno(140).Should().Be(0, "no paired errno has that number");
        lookups.ByWindowsCrtErrno(11).Should().Be(1);
        lookups.ByLinuxErrno(12).Should().Be(-1);
        lookups.ByName("EAGAIN").Should().Be(1, "winsock2.h pairs EAGAIN with the code, so it names it");
        lookups.ByName("EWOULDBLOCK").Should().Be(-1, "an errno only .NET maps does not name a code");
        lookups.ErrnoNames().Should().Be("EAGAIN=1 EWOULDBLOCK=0", "the winsock2.h pair comes first in the errno-name table, and a name once");
        lookups.Result.Source("WsaErrors.Table.g.cs").Should()
            .Contain("new PosixErrno(\"EWOULDBLOCK\", 11, 35, 35, 140, isWinsockPair: false)")
            .And.Contain("new PosixErrno(\"EAGAIN\", 11, 35, 35, 11, isWinsockPair: true)");
        lookups.Result.Source("WsaErrors.Errno.g.cs").Should().Contain("11 => 1, // EAGAIN -> WSAEAGAIN");
    }
}
