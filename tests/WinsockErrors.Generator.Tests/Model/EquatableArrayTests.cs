using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Tests;

/// <summary>The pipeline's cache compares models through these arrays: if they ignored their items, a changed data file would not regenerate.</summary>
public class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_the_same_items_are_equal()
    {
        var a = new EquatableArray<string>(["x", "y"]);
        var b = new EquatableArray<string>(["x", "y"]);

        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [InlineData("x,z")]
    [InlineData("y,x")]
    [InlineData("x")]
    [InlineData("x,y,z")]
    public void Arrays_that_differ_in_any_item_are_not_equal(string items)
    {
        var other = items.Split(',');
        var a = new EquatableArray<string>(["x", "y"]);
        var b = new EquatableArray<string>(other);

        a.Equals(b).Should().BeFalse();
        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.Equals((object)b).Should().BeFalse();
        a.GetHashCode().Should().NotBe(b.GetHashCode());
    }

    [Fact]
    public void The_default_array_is_empty_and_equals_Empty()
    {
        var none = default(EquatableArray<int>);

        none.Count.Should().Be(0);
        none.Should().BeEmpty();
        none.Equals(EquatableArray<int>.Empty).Should().BeTrue();
        none.GetHashCode().Should().Be(EquatableArray<int>.Empty.GetHashCode());
        none.Equals((object)"not an array").Should().BeFalse();
    }

    [Fact]
    public void Items_are_read_by_index_and_in_order()
    {
        var a = new EquatableArray<int>([3, 1, 2]);

        a.Count.Should().Be(3);
        (a[0], a[1], a[2]).Should().Be((3, 1, 2));
        a.Should().Equal(3, 1, 2);
        ((System.Collections.IEnumerable)a).Cast<int>().Should().Equal(3, 1, 2);
        new EquatableArray<string>(["p", "q"]).ToArrayOfObjects().Should().Equal("p", "q");
    }
}
