declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: {stem(token: string): string}
  export default PorterStemmer
}
