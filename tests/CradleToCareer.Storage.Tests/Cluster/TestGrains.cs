namespace CradleToCareer.Storage.Tests.Cluster;

[GenerateSerializer]
public sealed class NoteState
{
    [Id(0)]
    public string Text { get; set; } = string.Empty;
}

/// <summary>A grain with persistent state kept by the ADO.NET grain storage provider.</summary>
public interface INoteGrain : IGrainWithStringKey
{
    Task WriteAsync(string text);

    Task<string> ReadAsync();

    /// <summary>Identifies the current activation, to prove a read came after a reactivation.</summary>
    Task<Guid> ActivationAsync();

    Task DeactivateAsync();
}

public sealed class NoteGrain([PersistentState("note", OrleansClusterFixture.StorageName)] IPersistentState<NoteState> note)
    : Grain, INoteGrain
{
    private readonly Guid _activation = Guid.NewGuid();

    public async Task WriteAsync(string text)
    {
        note.State.Text = text;
        await note.WriteStateAsync();
    }

    public Task<string> ReadAsync() => Task.FromResult(note.State.Text);

    public Task<Guid> ActivationAsync() => Task.FromResult(_activation);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

/// <summary>A grain that manages reminders through the ADO.NET reminder table.</summary>
public interface IReminderGrain : IGrainWithStringKey
{
    Task RegisterAsync(string name);

    Task<bool> HasReminderAsync(string name);

    Task UnregisterAsync(string name);
}

public sealed class ReminderGrain : Grain, IReminderGrain, IRemindable
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    public Task RegisterAsync(string name) => this.RegisterOrUpdateReminder(name, Period, Period);

    public async Task<bool> HasReminderAsync(string name) => await this.GetReminder(name) is not null;

    public async Task UnregisterAsync(string name)
    {
        var reminder = await this.GetReminder(name)
            ?? throw new InvalidOperationException($"Reminder '{name}' is not registered.");
        await this.UnregisterReminder(reminder);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
