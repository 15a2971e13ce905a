using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Generator.DataFile;
using WinsockErrors.Generator.Model;
using WinsockErrors.Generator.Pipeline;

namespace WinsockErrors.Generator.Tests;

public class GenerationChecksTests
{
    private static readonly SocketErrorMembers Members = SocketErrorMembers.Of(GeneratorHarness.NewCompilation());

    [Fact]
    public void SocketError_members_are_read_from_the_compilation()
    {
        Members.IsVisible.Should().BeTrue();
        Members.Names.Should().Contain(["Success", "ConnectionReset", "TimedOut", "WouldBlock"]).And.BeInAscendingOrder(StringComparer.Ordinal);
        Members.Names.Should().NotContain("value__", "only the named values are members");
        Members.Allows("TimedOut").Should().BeTrue();
        Members.Allows("value__").Should().BeFalse();

        var invisible = SocketErrorMembers.Of(GeneratorHarness.CoreOnlyCompilation());
        invisible.IsVisible.Should().BeFalse();
        invisible.Names.Should().BeEmpty();
        invisible.Allows("anything").Should().BeTrue();
    }

    [Fact]
    public void An_entry_with_an_unknown_member_is_left_out_of_the_entries_and_of_the_uses()
    {
        var json = SampleData.With("\"socketError\": \"TimedOut\"", "\"socketError\": \"value__\"");
        var parsed = DataFileParser.Parse("x.json", SourceText.From(json), default);

        var checkedModel = GenerationChecks.Apply([parsed], Members);

        checkedModel.Data.Entries.Select(e => e.Name).Should().Equal("NO_ERROR", "WSAECONNRESET");
        checkedModel.Data.SocketErrorUses.Select(u => u.EntryName).Should().Equal("NO_ERROR", "WSAECONNRESET");
        checkedModel.Data.Diagnostics.Single().Arguments.Should().Equal("value__", "WSAETIMEDOUT");
        checkedModel.NamePlan!.Keys.Should().Equal("NO_ERROR", "WSAECONNRESET", "ECONNRESET");
    }

    [Fact]
    public void A_valid_model_passes_unchanged_with_a_plan()
    {
        var parsed = DataFileParser.Parse("x.json", SourceText.From(SampleData.Valid), default);

        var checkedModel = GenerationChecks.Apply([parsed], Members);

        checkedModel.Data.Should().Be(parsed);
        checkedModel.NamePlan!.Targets.Should().Equal(0, 1, 1, 2, 2);
    }

    [Theory]
    [InlineData(0, "WSAGEN008")]
    [InlineData(2, "WSAGEN009")]
    public void Not_exactly_one_data_file_is_a_project_wide_error_and_nothing_else(int count, string id)
    {
        var parsed = DataFileParser.Parse("x.json", SourceText.From(SampleData.Valid), default);

        var checkedModel = GenerationChecks.Apply(Enumerable.Repeat(parsed, count).ToImmutableArray(), Members);

        checkedModel.NamePlan.Should().BeNull();
        checkedModel.Data.Entries.Should().BeEmpty();
        checkedModel.Data.Categories.Should().BeEmpty();
        var diagnostic = checkedModel.Data.Diagnostics.Single().ToDiagnostic();
        diagnostic.Id.Should().Be(id);
        diagnostic.Location.Should().Be(Location.None);
    }

    [Fact]
    public void The_data_file_is_found_whatever_the_case_of_its_name()
    {
        var result = GeneratorHarness.Run([new InMemoryAdditionalText("/repo/data/WINSOCK-ERRORS.JSON", SampleData.Valid)]);

        result.Diagnostics.Should().BeEmpty();
        result.GeneratedSources.Should().HaveCount(6);
    }
}
