namespace WinsockErrors.Tests;

public class AllListTests
{
    [Fact]
    public void All_hands_out_the_same_instances_as_the_lookups()
    {
        var all = WsaErrors.All;

        all.Should().HaveCount(98);
        for (var i = 0; i < all.Count; i++)
        {
            all[i].Should().BeSameAs(WsaErrors.Find(all[i].Code));
            all[i].Should().BeSameAs(WsaErrors.Find(all[i].Name));
        }

        all.Should().Equal(all.ToList(), "enumerating and indexing give the same entries in the same order");
        all.Should().BeSameAs(WsaErrors.All);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(98)]
    [InlineData(int.MaxValue)]
    public void All_rejects_an_index_outside_the_list(int index)
    {
        var act = () => WsaErrors.All[index];

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(index));
    }

    [Fact]
    public void Entries_created_by_many_threads_at_once_are_one_instance_each()
    {
        var seen = new WsaErrorInfo?[16][];
        Parallel.For(0, seen.Length, thread => seen[thread] = WsaErrors.All.Reverse().ToArray());

        foreach (var run in seen)
        {
            run.Should().Equal(seen[0], (a, b) => ReferenceEquals(a, b));
        }
    }

    [Fact]
    public void The_list_is_read_only()
    {
        WsaErrors.All.Should().NotBeAssignableTo<ICollection<WsaErrorInfo>>();
        WsaErrors.All[0].Aliases.Should().BeAssignableTo<System.Collections.ObjectModel.ReadOnlyCollection<string>>();
    }
}
