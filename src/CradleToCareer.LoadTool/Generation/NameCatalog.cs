namespace CradleToCareer.LoadTool.Generation;

/// <summary>Common given names, family names and street names for synthetic people.</summary>
public static class NameCatalog
{
    public static readonly string[] FemaleFirstNames =
    [
        "Sofia", "Isabella", "Camila", "Emily", "Mia", "Olivia", "Emma", "Ava", "Ana", "Maria",
        "Valeria", "Ximena", "Chloe", "Hannah", "Grace", "Aaliyah", "Jasmine", "Mei", "Priya", "Leah",
        "Natalie", "Alexis", "Brianna", "Daniela", "Elena", "Fatima", "Gabriela", "Jennifer", "Kayla", "Linh",
        "Madison", "Nicole", "Paola", "Rebecca", "Samantha", "Tiffany", "Vanessa", "Yesenia", "Zoe", "Katherine",
    ];

    public static readonly string[] MaleFirstNames =
    [
        "Sebastian", "Mateo", "Daniel", "Liam", "Noah", "Ethan", "Jacob", "Diego", "Luis", "Jose",
        "Angel", "Adrian", "Anthony", "Brandon", "Carlos", "David", "Eduardo", "Francisco", "Gabriel", "Hector",
        "Isaac", "Jonathan", "Kevin", "Leonardo", "Marcus", "Nathan", "Omar", "Pedro", "Rafael", "Samuel",
        "Tyler", "Victor", "William", "Xavier", "Andrew", "Minh", "Arjun", "Jamal", "Christopher", "Michael",
    ];

    public static readonly string[] LastNames =
    [
        "Garcia", "Hernandez", "Lopez", "Martinez", "Gonzalez", "Rodriguez", "Perez", "Sanchez", "Ramirez", "Torres",
        "Flores", "Rivera", "Gomez", "Diaz", "Cruz", "Reyes", "Morales", "Ortiz", "Gutierrez", "Chavez",
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
        "Nguyen", "Tran", "Le", "Pham", "Kim", "Park", "Chen", "Wang", "Li", "Zhang",
        "Patel", "Singh", "Khan", "Santos", "Castillo", "Vargas", "Mendoza", "Ruiz", "Alvarez", "Romero",
    ];

    public static readonly string[] StreetNames =
    [
        "Elm", "Oak", "Maple", "Cedar", "Pine", "Walnut", "Sycamore", "Willow", "Magnolia", "Laurel",
        "Main", "Broadway", "Mission", "Sierra", "Valley", "Lincoln", "Jefferson", "Washington", "Franklin", "Madison",
        "Alta Vista", "Del Monte", "El Camino", "La Paloma", "San Pablo", "Santa Rosa", "Vista Del Sol", "Sunset", "Harbor", "Riverside",
    ];

    public static readonly string[] StreetSuffixes = ["St", "Ave", "Blvd", "Dr", "Way", "Ct", "Ln", "Rd"];
}
