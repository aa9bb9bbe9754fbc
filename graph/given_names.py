"""Given names that tell a person's sex, from the US Census Bureau's 1990 first-name frequencies (public
domain): a name borne by women or by men at 95% or more, and by 0.01% of them or more.
Written by ``python -m bench.given_names``; do not edit.
"""

_FEMALE = """
abby abigail ada addie adela adele adeline adriana adrienne agnes aida aileen aimee alana alberta alejandra alexandra
alexandria alice alicia aline alisa alisha alison alissa allie allison allyson alma alta althea alyce alyssa amalia
amanda amber amelia amie amy ana anastasia andrea angela angelia angelica angelina angeline angie anita ann anna
annabelle anne annette annie antoinette april araceli arlene arline ashlee ashley audra audrey augusta aurelia aurora
autumn ava avis barbara barbra beatrice beatriz becky belinda benita bernadette bernadine bernice berta bertha bessie
beth bethany betsy bette bettie betty bettye beulah beverly bianca blanca blanche bobbi bonita bonnie brandi brandy
brenda briana brianna bridget bridgette brittany brittney brooke caitlin callie camille candace candice candy cara carla
carlene carly carmela carmella carol carole carolina caroline carolyn carrie cassandra cassie catalina catherine
cathleen cathy cecelia cecile cecilia celeste celia chandra charity charlene charlotte charmaine chasity chelsea cheri
cherie cheryl christa christi christie christina christine christy chrystal cindy claire clara clare clarice clarissa
claudette claudia claudine colette colleen concepcion connie constance consuelo cora corina corine corinne cornelia
corrine cristina crystal cynthia daisy danielle daphne darcy darla darlene dawn deana deanna deanne debbie debora
deborah debra deena deidre deirdre delia della delores deloris dena denise desiree diana diane dianna dianne dina dixie
dollie dolly dolores dona donna dora doreen doris dorothea dorothy dorthy earlene earline earnestine ebony edith edna
edwina effie eileen elaine eleanor elena elinor elisa elisabeth elise eliza elizabeth ella ellen elma elnora eloise elsa
elsie elva elvia elvira emilia emily emma erica ericka erika erin erma ernestine esmeralda esperanza essie estela
estella estelle ester esther ethel etta eugenia eula eunice eva evangeline eve evelyn faith fannie fay faye felicia fern
flora florence flossie fran frances francine francisca freda frieda gabriela gabrielle gail gay gena geneva genevieve
georgette georgia georgina geraldine gertrude gina ginger gladys glenda glenna gloria goldie grace gracie graciela greta
gretchen gwen gwendolyn haley hannah harriet harriett hattie hazel heather heidi helen helena helene henrietta hilary
hilda hillary holly hope ida ila ilene imelda imogene ina inez ingrid irene iris irma isabel isabelle iva ivy jaclyn
jacqueline jacquelyn jami jana jane janelle janet janette janice janie janine janis janna jasmine jayne jeanette jeanie
jeanine jeanne jeannette jeannie jeannine jenifer jenna jennie jennifer jenny jeri jerri jessica jill jillian jo joan
joann joanna joanne jocelyn jodi jodie johanna jolene joni josefa josefina josephine josie joy joyce juana juanita
judith judy julia juliana julianne julie juliette june justine kara karen kari karin karina karla kate katelyn katharine
katherine kathie kathleen kathrine kathryn kathy katie katrina katy kay kaye kayla keisha kelli kellie kelsey kendra
kenya keri kerri kimberley kimberly kirsten krista kristen kristi kristie kristin kristina kristine kristy krystal lacey
ladonna lakeisha lakisha lana lara latasha latisha latonya latoya laura laurel lauren laurie lavonne lawanda lea leah
leann leanne leila lela lena lenora lenore leola leona leonor lessie letha leticia lidia lila lilia lilian liliana
lillian lillie lilly lily lina linda lisa liza lizzie lois lola lora loraine lorena lorene loretta lori lorie lorna
lorraine lorrie lottie louisa louise lourdes luann lucia lucile lucille lucinda lucy luella luisa lula luz lydia lynda
lynette lynne lynnette mabel mable madeline madelyn madge mae magdalena maggie malinda mallory mamie mandy manuela
marcella marci marcia marcie marcy margaret margarita margery margie margo margret marguerite mari maria marian marianne
maribel maricela marie marietta marilyn marina marisa marisol marissa maritza marjorie marla marlene marsha marta martha
martina marva mary maryann maryanne marylou matilda mattie maude maureen mavis maxine mayra meagan megan meghan melanie
melba melinda melisa melissa melody melva mercedes meredith mia michele michelle milagros mildred millie mindy minerva
minnie miranda miriam misty mitzi mollie molly mona monica monique muriel myra myrna myrtle nadia nadine nancy nanette
nannie naomi natalia natalie natasha nelda nell nellie nettie neva nichole nicole nikki nina nita noemi nola nona nora
noreen norma odessa ofelia ola olga olive olivia opal ophelia ora paige pam pamela patrica patrice patricia patsy patti
patty paula paulette pauline pearl pearlie peggy penelope penny petra phyllis polly priscilla rachael rachel rachelle
rae ramona randi raquel reba rebecca rebekah regina rena renee reva rhoda rhonda rita roberta robyn rochelle ronda rosa
rosalie rosalind rosalinda rosalyn rosanne rose roseann rosella rosemarie rosemary rosetta rosie roslyn roxanne roxie
ruby ruth ruthie sabrina sadie sallie sally samantha sandra sara sarah sasha saundra savannah selena selma serena shana
shanna shari sharon sharron shauna shawna sheena sheila shelia shelley shelly sheree sheri sherri sherrie sherry sheryl
shirley silvia simone socorro sofia sondra sonia sonja sonya sophia sophie staci stacie stefanie stella stephanie sue
summer susan susana susanna susanne susie suzanne suzette sybil sylvia tabatha tabitha tamara tameka tami tamika tammi
tammie tammy tania tanisha tanya tara tasha teresa teri terri terrie tessa thelma theresa therese tia tiffany tina toni
tonia tonya traci tracie tricia trina trisha trudy ursula valarie valeria valerie vanessa velma vera verna veronica
vicki vickie vicky victoria vilma viola violet virgie virginia vivian wanda wendi wendy willa wilma winifred winnie
yesenia yolanda yvette yvonne zelma
"""
_MALE = """
aaron abel abraham adam adolfo adolph agustin al alan albert alberto alejandro alex alexander alfonso alfred alfredo
allan allen alonzo alphonso alton alvaro alvin amos andre andres andrew andy angelo anthony antoine anton antonio archie
armand armando arnold arthur arturo august austin barry bart basil ben benito benjamin benny bernard bernardo bert bill
billy blaine blake bob bobby boyd brad bradford bradley brady brain brandon brendan brent bret brett brian bruce bruno
bryan bryant bryce bryon buddy burton byron caleb calvin carl carlos carlton cedric cesar chad charles chase chester
christopher chuck clarence clark claude clay clayton clement cleveland cliff clifford clifton clint clinton clyde cody
cole colin conrad corey cornelius coy craig curt curtis damian damien damon dan dane daniel danny dante darin darius
darrel darrell darren darrin darryl darwin daryl dave david davis delbert denis dennis derek derick derrick desmond
dewayne dewey dexter diego domingo dominic dominick don donald donnell donovan doug douglas doyle drew duane dustin
dwayne dwight dylan earnest ed eddy edgar edmond edmund eduardo edward edwin efrain elbert eldon eli elias elijah elliot
elliott ellis elmer elton elvin elvis elwood emanuel emery emil emilio emmanuel emmett enrique eric erick erik ernest
ernesto ernie ervin erwin esteban ethan eugene evan everett fabian federico felipe felix fernando fidel floyd forrest
francisco frank franklin fred freddy frederick fredrick gabriel garland garrett garry gary gavin geoffrey george gerald
gerard gerardo gilbert gilberto glen glenn gonzalo gordon grady graham grant greg gregg gregorio gregory grover
guillermo gus gustavo guy hal hans harlan harley harold harrison harry harvey heath hector henry herbert heriberto
herman hiram homer horace howard hubert hugh hugo humberto ian ignacio irvin irving isaac isaiah ismael israel issac
ivan jack jackson jacob jake jamal james jared jarrod jarvis jason jasper javier jay jayson jeff jefferson jeffery
jeffrey jeffry jerald jeremiah jeremy jermaine jerome jerry jess jesse jesus jim jimmy joaquin joe joel joesph john
johnathan johnny jon jonathan jonathon jorge jose joseph josh joshua juan julian julio julius justin karl keith kelvin
ken kendrick kenneth kenny kent kermit kevin kirk kristopher kurt kyle lamar lamont lance larry laurence lawrence leland
leo leon leonard leonardo leroy lester levi lewis lionel lloyd lorenzo louis lowell loyd lucas luis luke luther lyle
mack malcolm manuel marc marcel marco marcos marcus mario mark marlon marshall martin marvin mason mathew matt matthew
maurice mauricio max maxwell maynard melvin michael micheal miguel mike miles millard milton mitchell moises monte monty
morris moses murray myron nathan nathaniel neal ned neil nelson nicholas nick nickolas nicolas noah noe nolan norbert
norman norris oliver omar orlando orville oscar otis otto owen pablo patrick paul pedro percy perry pete peter phil
philip phillip pierre preston quentin quincy quinton rafael ralph ramiro ramon randal randall randolph randy raphael
raul ray raymond reed reggie reginald reuben rex reynaldo ricardo richard rick rickey ricky rigoberto riley rob robert
roberto rocco rocky rod roderick rodger rodney rodolfo rodrigo rogelio roger roland rolando roman romeo ron ronald
ronnie roosevelt roscoe ross roy ruben rudolph rufus russel russell rusty ryan salvador salvatore sam sammy samuel
santiago saul scot scott scotty sean sebastian sergio seth shane shaun sheldon sherman simon solomon spencer stan
stanley stephan stephen sterling steve steven stewart stuart sylvester ted teddy terence terrance terrell terrence
thaddeus theodore thomas thurman tim timmy timothy todd tom tomas tommy tony travis trent trevor troy ty tyler tyrone
tyson ulysses vance vaughn vern vernon vicente victor vince vincent virgil wade wallace walter ward warren wayne wendell
wesley wilbert wilbur wiley wilfred wilfredo willard william williams willis wilson winston wm woodrow xavier zachary
"""
CENSUS_FEMALE = frozenset(_FEMALE.split())
CENSUS_MALE = frozenset(_MALE.split())
