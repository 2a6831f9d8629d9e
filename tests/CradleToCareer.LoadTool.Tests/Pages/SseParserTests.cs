using CradleToCareer.LoadTool.Pages;

namespace CradleToCareer.LoadTool.Tests.Pages;

public sealed class SseParserTests
{
    private static List<SseEvent> Read(string stream)
    {
        var parser = new SseParser();
        return [.. stream.Split('\n').Select(parser.Feed).OfType<SseEvent>()];
    }

    [Fact]
    public void The_opening_block_is_a_comment_with_the_retry()
    {
        var parser = new SseParser();
        var blocks = "retry: 2000\n: live\n\n".Split('\n').Select(parser.Feed).OfType<SseEvent>().ToList();

        var opening = Assert.Single(blocks);
        Assert.Equal(["live"], opening.Comments);
        Assert.Null(opening.Event);
        Assert.Equal(2000, parser.Retry);
    }

    [Fact]
    public void A_progress_push_has_its_name_id_and_html_lines()
    {
        var blocks = Read("id: 42\nevent: progress\ndata: <section>\ndata:   <p>x</p>\ndata: </section>\n\n");

        var push = Assert.Single(blocks);
        Assert.Equal(("progress", "42"), (push.Event, push.Id));
        Assert.Equal("<section>\n  <p>x</p>\n</section>", push.Data);
        Assert.Empty(push.Comments);
    }

    [Fact]
    public void Blocks_are_separate_and_empty_lines_alone_dispatch_nothing()
    {
        var blocks = Read("\n\n: keep-alive\n\nevent: alerts\ndata: <li>a</li>\n\nevent: ended\ndata: ended\n\n");

        Assert.Equal([null, "alerts", "ended"], blocks.Select(b => b.Event));
        Assert.Equal(["keep-alive"], blocks[0].Comments);
        Assert.Null(blocks[1].Id);
    }

    [Fact]
    public void An_unfinished_block_is_not_dispatched() =>
        Assert.Empty(Read("event: progress\ndata: half"));
}
