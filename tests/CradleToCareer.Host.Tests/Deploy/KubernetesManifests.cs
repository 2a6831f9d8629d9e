using CradleToCareer.Testing;
using k8s;
using k8s.Models;

namespace CradleToCareer.Host.Tests.Deploy;

/// <summary>
/// Every resource in <c>deploy/k8s/*.yaml</c>, read strictly into the Kubernetes client's typed models (an unknown
/// field, kind or API version fails the read), and the kustomization that lists the files.
/// </summary>
internal sealed class KubernetesManifests
{
    public const string KustomizationFile = "kustomization.yaml";

    private KubernetesManifests(IReadOnlyDictionary<string, IReadOnlyList<object>> resourcesByFile, Kustomization kustomization)
    {
        ResourcesByFile = resourcesByFile;
        Kustomization = kustomization;
    }

    public static string Folder { get; } = RepositoryFolder.PathOf(Path.Combine("deploy", "k8s"));

    /// <summary>File name to the resources it holds, for every manifest but the kustomization.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<object>> ResourcesByFile { get; }

    public Kustomization Kustomization { get; }

    public IEnumerable<object> Resources => ResourcesByFile.Values.SelectMany(resources => resources);

    public V1Deployment Silos => Single<V1Deployment>();

    public V1Container Silo => Assert.Single(Silos.Spec.Template.Spec.Containers);

    public V1Job Migrate => Single<V1Job>();

    public V1Container Migrator => Assert.Single(Migrate.Spec.Template.Spec.Containers);

    public static KubernetesManifests Load()
    {
        var resources = Directory.GetFiles(Folder, "*.yaml")
            .Where(path => Path.GetFileName(path) != KustomizationFile)
            .ToDictionary(path => Path.GetFileName(path), path => (IReadOnlyList<object>)KubernetesYaml.LoadAllFromString(File.ReadAllText(path), strict: true));
        var kustomization = KubernetesYaml.Deserialize<Kustomization>(File.ReadAllText(Path.Combine(Folder, KustomizationFile)), strict: true);
        return new KubernetesManifests(resources, kustomization);
    }

    public T Single<T>() => Assert.Single(Resources.OfType<T>());

    /// <summary>A container's environment variable by name; fails when it has none of that name.</summary>
    public static V1EnvVar Variable(V1Container container, string name) => Assert.Single(container.Env, variable => variable.Name == name);
}

/// <summary>The parts of a kustomization.yaml these manifests use.</summary>
internal sealed class Kustomization
{
    public string ApiVersion { get; set; } = "";

    public string Kind { get; set; } = "";

    public List<string> Resources { get; set; } = [];

    public List<KustomizeImage> Images { get; set; } = [];
}

internal sealed class KustomizeImage
{
    public string Name { get; set; } = "";

    public string? NewName { get; set; }

    public string? NewTag { get; set; }
}
