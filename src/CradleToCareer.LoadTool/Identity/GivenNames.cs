namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// English and Spanish given names as a California birth cohort uses them, most common first
/// (the order is the rank a <see cref="ZipfPicker"/> draws by). Spanish names keep their accents.
/// </summary>
public static class GivenNames
{
    public static readonly string[] Female =
    [
        "Sofía", "Isabella", "Emma", "Olivia", "Camila", "Mia", "Valentina", "María", "Emily", "Ava",
        "Victoria", "Natalie", "Abigail", "Elizabeth", "Gabriela", "Samantha", "Ximena", "Daniela", "Madison", "Ashley",
        "Jennifer", "Jessica", "Alexandra", "Andrea", "Katherine", "Guadalupe", "Alejandra", "Hannah", "Grace", "Chloe",
        "Lucía", "Valeria", "Natalia", "Mariana", "Fernanda", "Paola", "Jasmine", "Leslie", "Stephanie", "Brianna",
        "Evelyn", "Kimberly", "Vanessa", "Karla", "Diana", "Melanie", "Nicole", "Sarah", "Rebecca", "Margaret",
        "Elena", "Angélica", "Mónica", "Verónica", "Adriana", "Jacqueline", "Alondra", "Yesenia", "Esmeralda", "Daisy",
        "Lizbeth", "Itzel", "Citlali", "Yaretzi", "Dulce", "Jazmín", "Araceli", "Karina", "Marisol", "Rosa",
        "Patricia", "Susan", "Deborah", "Christina", "Amanda", "Lauren", "Megan", "Rachel", "Amy", "Laura",
        "Allison", "Anna", "Brooke", "Caroline", "Claire", "Danielle", "Erica", "Faith", "Haley", "Julia",
        "Kaitlyn", "Kayla", "Leah", "Lily", "Mackenzie", "Morgan", "Paige", "Riley", "Sydney", "Taylor",
        "Zoe", "Alyssa", "Aubrey", "Avery", "Bella", "Charlotte", "Savannah", "Scarlett", "Sophia", "Harper",
        "Beatriz", "Carmen", "Claudia", "Dolores", "Esperanza", "Graciela", "Inés", "Irene", "Josefina", "Juana",
        "Leticia", "Lorena", "Luz", "Marisela", "Mercedes", "Norma", "Pilar", "Raquel", "Rocío", "Rosario",
        "Silvia", "Teresa", "Yolanda", "Concepción", "Belén", "Abril", "Renata", "Regina", "Romina", "Noemí",
        "Aurora", "Catalina", "Emilia", "Florencia", "Isabel", "Liliana", "Maribel", "Miriam", "Perla", "Sandra",
    ];

    public static readonly string[] Male =
    [
        "Sebastián", "Mateo", "Liam", "Noah", "Daniel", "Alexander", "José", "Ethan", "Jacob", "Michael",
        "Diego", "Ángel", "Matthew", "Christopher", "David", "Anthony", "Joshua", "Andrew", "Jonathan", "William",
        "Luis", "Carlos", "Juan", "Jesús", "Miguel", "Adrián", "Gabriel", "Isaac", "Samuel", "Benjamin",
        "James", "John", "Robert", "Joseph", "Nicholas", "Ryan", "Tyler", "Brandon", "Kevin", "Justin",
        "Francisco", "Alejandro", "Eduardo", "Fernando", "Ricardo", "Roberto", "Manuel", "Antonio", "Javier", "Jorge",
        "Santiago", "Emiliano", "Leonardo", "Julián", "Nicolás", "Tomás", "Joaquín", "Martín", "Andrés", "Emmanuel",
        "Aaron", "Adam", "Austin", "Caleb", "Cameron", "Charles", "Dylan", "Elijah", "Evan", "Gavin",
        "Henry", "Hunter", "Ian", "Jack", "Jason", "Jeremy", "Jordan", "Kyle", "Logan", "Lucas",
        "Mason", "Nathan", "Owen", "Patrick", "Richard", "Steven", "Thomas", "Timothy", "Zachary", "Edward",
        "Alberto", "Armando", "Arturo", "Enrique", "Ernesto", "Gerardo", "Guillermo", "Héctor", "Ignacio", "Jaime",
        "Óscar", "Pablo", "Pedro", "Rafael", "Ramón", "Raúl", "Rubén", "Salvador", "Sergio", "Víctor",
        "Alan", "Axel", "Bryan", "Christian", "Cristian", "Damián", "Elías", "Erick", "Iván", "Jairo",
        "Gregory", "Jeffrey", "Kenneth", "Mark", "Paul", "Peter", "Scott", "Sean", "Stephen", "George",
        "Abraham", "Agustín", "Bruno", "Efraín", "Esteban", "Felipe", "Gonzalo", "Hugo", "Marco", "Rodrigo",
        "Benito", "Camilo", "Dante", "Emilio", "Gustavo", "Julio", "Lorenzo", "Mauricio", "Osvaldo", "Ulises",
    ];
}
