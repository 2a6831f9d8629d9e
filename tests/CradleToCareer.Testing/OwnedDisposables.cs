namespace CradleToCareer.Testing;

/// <summary>What a test made and must dispose of, disposed of in the reverse order it was made.</summary>
public sealed class OwnedDisposables : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    public T Own<T>(T disposable)
        where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        _owned.Clear();
    }
}
